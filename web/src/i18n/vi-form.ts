// Messages of the form kit (web/src/ui/form): what every field says for itself.

export const viForm = {
  form: {
    date: {
      placeholder: 'ngày/tháng/năm',
      incomplete: 'Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.',
      impossible: 'Ngày không hợp lệ: không có ngày {{text}}, kiểm tra lại ngày và tháng.',
      between: 'Chọn một ngày từ {{min}} đến {{max}}.',
      notBefore: 'Chọn một ngày từ {{min}} trở đi.',
      notAfter: 'Chọn một ngày không sau {{max}}.',
    },
    dateTime: {
      day: 'Ngày',
      time: 'Giờ',
    },
    file: {
      remove: 'Bỏ {{name}}',
    },
    password: {
      show: 'Hiện',
      hide: 'Ẩn',
      showLabel: 'Hiện mật khẩu',
      hideLabel: 'Ẩn mật khẩu',
    },
    time: {
      placeholder: 'giờ:phút',
      incomplete: 'Giờ không hợp lệ. Nhập theo dạng giờ:phút (24 giờ), ví dụ 19:30.',
      impossible: 'Giờ không hợp lệ: không có giờ {{text}}, giờ từ 00:00 đến 23:59.',
    },
  },
};
