import type { Root } from 'mdast';

export default function remarkPartScene(): (tree: Root) => void;
