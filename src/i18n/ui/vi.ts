/**
 * Vietnamese UI strings. Keys come from `en.ts`; a missing key falls back to English.
 * This file holds the search keys (`search.*`); the translators' file adds the rest.
 */
import type { UITranslation } from './index.ts';

export default {
  'search.dialogTitle': 'Tìm kiếm trong thư viện',
  'search.inputLabel': 'Tìm một chủ đề',
  'search.placeholder': 'Ví dụ: trị liệu nhóm',
  'search.submit': 'Tìm kiếm',
  'search.close': 'Đóng',
  'search.instructions': 'Gõ vài từ. Dùng phím mũi tên lên và xuống để chọn kết quả, Enter để mở và Esc để đóng.',
  'search.filterLabel': 'Danh mục',
  'search.resultsLabel': 'Kết quả',
  'search.count': 'Kết quả: {count}',
  'search.none': 'Không tìm thấy kết quả cho “{query}”. Hãy thử từ khác, hoặc xem tất cả chủ đề.',
  'search.noneInLanguage': 'Không tìm thấy kết quả bằng tiếng Việt. Dưới đây là kết quả bằng tiếng Anh.',
  'search.loading': 'Đang tìm…',
  'search.error': 'Tìm kiếm hiện không hoạt động. Quý vị có thể xem tất cả chủ đề.',
  'search.pageTitle': 'Tìm kiếm',
  'search.pageDescription': 'Tìm trong thư viện bằng lời của quý vị, hoặc xem mọi chủ đề theo danh mục.',
  'search.browseTitle': 'Tất cả chủ đề',
  'search.noScript': 'Tìm kiếm cần JavaScript, nhưng trình duyệt của quý vị đang tắt JavaScript. Tất cả chủ đề được liệt kê bên dưới.',
  'search.inEnglish': '(bằng tiếng Anh)',
  'search.otherPages': 'Các trang khác',
} satisfies UITranslation;
