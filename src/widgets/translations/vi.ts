import type { WidgetTranslation } from './index.ts';

/** Vietnamese widget strings. */
const vi: WidgetTranslation = {
  'cta.label': 'Gọi ngay',
  'cta.call': 'Gọi {number}',
  'cta.text': 'Nhắn tin {number}',
  'cta.crisis': 'Khi khủng hoảng: Đường dây 988 về Tự tử và Khủng hoảng',
  'cta.helpline': 'Đường dây trợ giúp quốc gia SAMHSA, miễn phí, 24/7',
  'checklist.title': 'Câu hỏi nên hỏi chương trình',
  'checklist.progress': '{done} / {total}',
  'checklist.name': 'Tên chương trình',
  'checklist.program': 'Chương trình {n}',
  'checklist.add': 'Thêm chương trình',
  'checklist.remove': 'Xóa {name}',
  'checklist.print': 'In',
  'checklist.reset': 'Xóa hết',
  'checklist.notSaved': 'Không lưu được: trình duyệt này chặn lưu trữ.',
};

export default vi;
