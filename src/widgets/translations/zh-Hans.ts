import type { WidgetTranslation } from './index.ts';

/** Simplified Chinese widget strings. */
const zhHans: WidgetTranslation = {
  'cta.label': '立即致电',
  'cta.call': '拨打 {number}',
  'cta.text': '短信 {number}',
  'cta.crisis': '危机求助：988 自杀与危机生命线',
  'cta.helpline': 'SAMHSA 全国求助热线，免费，全天 24 小时',
  'checklist.title': '要问项目的问题',
  'checklist.progress': '{done} / {total}',
  'checklist.name': '项目名称',
  'checklist.program': '项目 {n}',
  'checklist.add': '添加项目',
  'checklist.remove': '删除 {name}',
  'checklist.print': '打印',
  'checklist.reset': '全部清除',
  'checklist.notSaved': '未保存：此浏览器禁止存储。',
};

export default zhHans;
