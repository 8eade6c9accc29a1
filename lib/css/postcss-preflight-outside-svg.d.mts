import type { PluginCreator } from 'postcss';

declare const preflightOutsideSvg: PluginCreator<void>;
export default preflightOutsideSvg;
