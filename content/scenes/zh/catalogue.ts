import type { KeyWords } from '@/lib/scene/legend';

/**
 * The Chinese labels of every labelled node and band in content/scenes/catalogue.ts, by id, and
 * the key's words. Labels carry no line breaks: each wraps to its box (lib/scene/wrap-label.ts).
 */

export const NODES_ZH: Record<string, string> = {
  taobao: '淘宝',
  tmall: '天猫',
  hema: '盒马',
  rhino: '犀牛智造',
  'special-edition': '特价版',
  'more-lines': '更多业务',
  product: '商品',
  inventory: '库存',
  user: '用户',
  payment: '支付',
  ai: 'AI',
  data: '数据共享',
  security: '安全',
  'tech-arch': '统一技术架构',
  infra: '云与数据中心',
  // An independent company's own layers: its product team (产品), not the platform's goods (商品).
  'rhino-biz': '业务',
  'rhino-product': '产品',
  'rhino-dev': '研发',
  'rhino-tech': '技术',
  'se-product': '产品',
  'se-ops': '运营',
  'se-tech': '技术',
  'new-front': '新前台',
  'new-middle': '新中台',
  'new-back': '新后台',
  'your-business': '你的业务？',
  'new-retail': '新零售',
  'new-manufacturing': '新制造',
  'new-finance': '新金融',
  'new-technology': '新技术',
  'new-energy': '新能源',
};

export const BANDS_ZH: Record<string, string> = {
  front: '前台',
  middle: '中台',
  back: '后台',
  'five-new': '五新',
  'rhino-stack': '独立运作',
  'se-stack': '独立运作',
  'new-stack': '颠覆',
};

/** The key: what each colour, line, bracket and outline means. */
export const KEY_ZH: KeyWords = {
  accent: '复用',
  new: '新建',
  warn: '承压',
  uses: '调用',
  reuses: '复用调用',
  'heavy-load': '高负载',
  'new-link': '新连接',
  depth: '中台深度',
  'depth-now': '如今的深度',
  'depth-2015': '2015 年的深度',
  'middle-2015': '2015 年的中台',
  earlier: '先前的例子',
  planned: '规划中',
};
