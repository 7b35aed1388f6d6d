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
        elif source in AR_PLURAL and message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for _ in range(6):
                ET.SubElement(translation, "numerusform").text = AR_PLURAL[source]
            translation.text = None
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} messages translated")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/tigris_ar.ts")
