/**
 * Simplified Chinese UI strings. Keys come from `en.ts`; a missing key falls back to English.
 * This file holds the search keys (`search.*`); the translators' file adds the rest.
 */
import type { UITranslation } from './index.ts';

export default {
  'search.dialogTitle': '搜索本资料库',
  'search.inputLabel': '搜索主题',
  'search.placeholder': '例如：团体治疗',
  'search.submit': '搜索',
  'search.close': '关闭',
  'search.instructions': '输入几个词。用上下方向键选择结果，按回车键打开，按 Esc 键关闭。',
  'search.filterLabel': '类别',
  'search.resultsLabel': '结果',
  'search.count': '结果：{count} 条',
  'search.none': '没有找到与“{query}”相关的内容。请换个说法，或浏览全部主题。',
  'search.noneInLanguage': '没有找到中文结果。以下是英文结果。',
  'search.loading': '正在搜索…',
  'search.error': '搜索暂时无法使用。您可以浏览全部主题。',
  'search.pageTitle': '搜索',
  'search.pageDescription': '用您自己的话搜索本资料库，或按类别浏览全部主题。',
  'search.browseTitle': '全部主题',
  'search.noScript': '搜索需要 JavaScript，但您的浏览器已将其关闭。下面列出了全部主题。',
  'search.inEnglish': '（英文）',
  'search.otherPages': '其他页面',
} satisfies UITranslation;
