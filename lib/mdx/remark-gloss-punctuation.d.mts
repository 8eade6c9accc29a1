import type { Root } from 'mdast';

export default function remarkGlossPunctuation(): (tree: Root) => void;
