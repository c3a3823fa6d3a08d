/**
 * Patterns of facts in the *normalised* text (simplified, half-width digits and punctuation, no
 * whitespace, `—` and `～` as `-` and `~`). Each is a global regular expression; `matchAll` runs once
 * over a document per pattern, so the cost is linear in its length.
 */

const CN = '〇零一二三四五六七八九十百千万亿两';
const NUM = String.raw`\d+(?:\.\d+)?`;
const RANGE = String.raw`(?:-|~|至|到)`;

/** Units after a number that make it a count or a measure (`12个村`, `860份`, `2800万元`). */
const UNITS = [
  '个百分点', '平方公里', '平方米', '立方米', '千瓦时', '万人次', '人次', '万元', '亿元', '美元', '元',
  '个月', '小时', '分钟', '公顷', '公里', '千米', '千克', '公斤', '千瓦', '倍', '人', '户', '家', '个',
  '名', '位', '所', '座', '处', '场', '份', '次', '项', '件', '条', '篇', '批', '期', '辆', '台', '套',
  '张', '间', '栋', '吨', '亩', '米', '斤', '天', '岁', '年', '周', '类', '种', '支', '株', '例', '村',
  '镇', '乡', '县', '市', '区', '省', '起', '万', '亿',
].join('|');

/**
 * Quantities: every Arabic number (with its range, 余/多, magnitude and unit or %), 百分之…, and Chinese
 * numerals with a unit (`九个乡镇`, `三类`) — but not a lone `一` (`一项长期任务` counts nothing) and not
 * an ordinal (`第十二条`, `第3章` number a text, they are no figures).
 */
export const QUANTITY = new RegExp(
  [
    String.raw`(?<![第\d.])${NUM}(?:${RANGE}${NUM})?(?:多|余)?[十百千万亿]*(?:多|余)?(?:%|‰|${UNITS})?`,
    String.raw`百分之[${CN}点]+`,
    String.raw`(?<![第${CN}])(?:[二三四五六七八九十两百千万][${CN}]*|一[${CN}]+)(?:多|余)?(?:${UNITS})`,
  ].join('|'),
  'gu',
);

/** Dates, years, months, quarters, half-years, plan periods and relative years (`去年`, `近三年`). */
export const TIME = new RegExp(
  [
    String.raw`\d{4}(?:${RANGE}\d{4})?年(?:\d{1,2}(?:${RANGE}\d{1,2})?月(?:\d{1,2}日)?)?(?:上半年|下半年|底|初|末|以来)?`,
    String.raw`\d{1,2}(?:${RANGE}\d{1,2})?月(?:\d{1,2}(?:${RANGE}\d{1,2})?日)?`,
    String.raw`[〇零一二三四五六七八九]{4}年`,
    String.raw`[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日`,
    String.raw`(?:前三|第?[一二三四1-4])季度`,
    String.raw`[上下]半年`,
    String.raw`(?:去年|今年|前年|明年|上年|当年)(?:同期|底|初)?`,
    String.raw`(?:近|过去)(?:\d+|[一二三四五六七八九十两]+)年`,
    String.raw`(?:\d+|[一二三四五六七八九十两]+)年来`,
    String.raw`"?十[一二三四五六七八九]五"?(?:时期|期间|规划)?`,
  ].join('|'),
  'gu',
);

const CLAUSE = '[^,.;!?:。"]';

/**
 * Cases and evidence: examples (`例如`, `以石门镇为例`, `如柳溪村`), survey figures (`调查了…860户`),
 * comparisons (`同比`, `较上年`) and cited data (`据统计`, `问卷显示`).
 */
export const EVIDENCE = new RegExp(
  [
    String.raw`例如|比如|譬如|诸如|典型案例`,
    String.raw`以${CLAUSE}{1,20}?为例`,
    String.raw`(?<![如例比假正])如${CLAUSE}{1,10}?(?:村|镇|乡|县|市|区|社区|街道|企业|公司|学校|医院|合作社)`,
    String.raw`(?:调查|走访|抽查|抽样|访谈|座谈|问卷|察看|发放|回收|召开)了?${CLAUSE}{0,8}?(?=\d)`,
    String.raw`同比|环比|(?:较|比)(?:上年|去年|上年同期|去年同期|\d{4}年)`,
    String.raw`据(?:统计|调查|测算|抽样|问卷|了解)|(?:数据|问卷|调查|统计|监测)(?:结果)?显示`,
  ].join('|'),
  'gu',
);
