/*
 * Dates in Camunda Forms as Vietnamese write them (vn.tdkt, docs/development.md "Giao diện tiếng Việt").
 *
 * form-js 1.8.7 (bundled in Tasklist 7.24) formats and parses the date fields of a form with the browser's own
 * locale: an English browser shows "mm/dd/yyyy", "December", "Sun Mon…", and "12/10/2026" typed by a secretary is
 * stored as 10 December. Civil servants' computers are not always set to Vietnamese, so this script
 *  - makes the browser's default date locale Vietnamese (form-js asks Intl.DateTimeFormat("default") for the
 *    field's pattern): every date field shows and accepts dd/mm/yyyy, whatever the browser's language;
 *  - gives each form's calendar (flatpickr) Vietnamese month and weekday names, weeks starting on Monday.
 * The server stores the date meant (yyyy-mm-dd) and checks it again.
 */
const NativeDateTimeFormat = Intl.DateTimeFormat;

function DateTimeFormat(locales, options) {
  if (locales === undefined || locales === 'default') {
    // Vietnamese, with two-digit day and month (05/06/2020), the form the province's documents use
    return new NativeDateTimeFormat('vi-VN', options || { day: '2-digit', month: '2-digit', year: 'numeric' });
  }
  return new NativeDateTimeFormat(locales, options);
}
DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = DateTimeFormat;

const VIETNAMESE = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để thay đổi',
  toggleTitle: 'Bấm để chuyển',
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

const localised = new WeakSet();

function localise() {
  document.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !localised.has(picker)) {
      localised.add(picker);
      picker.set('locale', VIETNAMESE);
    }
  });
}

new MutationObserver(localise).observe(document.documentElement, { childList: true, subtree: true });

// a custom script's default export is a list of frontend plugins: this one adds none
export default [];
