# Arabic translations: core, accounts, library, search, eguide/pledges app names
CORE = {
 'Export the selected entries as CSV': 'تصدير القيود المحددة بصيغة CSV',
 'Peacekeeping Resource Hub': 'مركز موارد حفظ السلام',
 'Official United Nations peacekeeping guidance and training materials in the six official languages.': 'التوجيهات والمواد التدريبية الرسمية للأمم المتحدة في مجال حفظ السلام باللغات الرسمية الست.',
 'Skip to main content': 'الانتقال إلى المحتوى الرئيسي',
 'Your account': 'حسابك',
 'Sign out': 'تسجيل الخروج',
 'Sign in': 'تسجيل الدخول',
 'Languages': 'اللغات',
 'Main': 'القائمة الرئيسية',
 'Guidance': 'التوجيهات',
 'Training materials': 'المواد التدريبية',
 'Translations': 'الترجمات',
 'Training calendar': 'جدول التدريب',
 'Training institutions': 'مؤسسات التدريب',
 'Pledging': 'التعهدات',
 'e-Guide': 'الدليل الإلكتروني',
 'News': 'الأخبار',
 'Communities': 'مجتمعات الممارسة',
 'Peacekeeping Resource Hub: guidance and training materials of the Departments of Peace Operations and Operational Support.': 'مركز موارد حفظ السلام: التوجيهات والمواد التدريبية لإدارة عمليات السلام وإدارة الدعم العملياتي.',
 'Public API': 'واجهة برمجة التطبيقات العامة',
}
ACCOUNTS = {
 'Two-factor authentication must be set up first.': 'يجب إعداد المصادقة الثنائية أولًا.',
 'Your role requires two-factor authentication. Set up an authenticator app to continue.': 'يتطلب دورك المصادقة الثنائية. أعدّ تطبيقًا للمصادقة للمتابعة.',
}
LIBRARY = {
 'Calls for nominations open now': 'الدعوات إلى تقديم الترشيحات المفتوحة حاليًا',
 'Nominations close on %(date)s': 'يُغلق باب الترشيحات في %(date)s',
 'Course begins on %(date)s': 'تبدأ الدورة في %(date)s',
 'The whole training calendar': 'جدول التدريب كاملًا',
 'Latest news': 'آخر الأخبار',
 'All news and events': 'جميع الأخبار والفعاليات',
}
SEARCH = {}
