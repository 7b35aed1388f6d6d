// File → Export image…: presets, custom sizes, the preview and Copy.
#include "ExportImageDialog.h"

#include "TestCatch.h"
#include "compose/SnapshotRenderer.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

TEST_CASE("Export image dialog: presets, custom size, preview, copy", "[gui][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(path);
    auto store = EventStore::open(path, true);
    ExportImageDialog dialog(*store, MapExportOptions{});
    auto* preset = dialog.findChild<QComboBox*>();
    REQUIRE(preset);
    REQUIRE(preset->count() == 5);
    preset->setCurrentIndex(2);
    CHECK(dialog.options().size == QSize(2480, 3508)); // A4 at 300 dpi
    CHECK(dialog.options().dpi == 300);
    preset->setCurrentIndex(3);
    CHECK(dialog.options().size == QSize(2550, 3300)); // Letter at 300 dpi
    preset->setCurrentIndex(1);
    CHECK(dialog.options().size == QSize(3840, 2160));
    CHECK(dialog.options().dpi == 96);

    preset->setCurrentIndex(4); // custom: the sides are editable, up to 8192
    const auto spins = dialog.findChildren<QSpinBox*>();
    REQUIRE(spins.size() == 2);
    CHECK(spins[0]->isEnabled());
    CHECK(spins[0]->maximum() == 8192);
    spins[0]->setValue(640);
    spins[1]->setValue(360);
    CHECK(dialog.options().size == QSize(640, 360));

    // The preview is the export itself, drawn at the preview's size.
    QLabel* preview = nullptr;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        if (!l->pixmap().isNull()) preview = l;
    REQUIRE(preview);
    CHECK(preview->pixmap().width() <= preview->width());

    QPushButton* copy = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Copy")) copy = b;
    REQUIRE(copy);
    copy->click();
    CHECK(QApplication::clipboard()->image().size() == QSize(640, 360));
}

TEST_CASE("Export image dialog: Save draws with the preview's renderer, the same image",
          "[gui][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    const QString saved = dir.filePath(QStringLiteral("dialog.png"));
    const QString reference = dir.filePath(QStringLiteral("reference.png"));
    MapExportOptions base;
    base.timeline = true;
    base.window = TimeWindow{1402358400, 1402963200}; // 10–17 June 2014
    MapExportOptions options;
    {
        auto store = EventStore::open(project, true);
        ExportImageDialog dialog(*store, base);
        QLineEdit* file = nullptr;
        for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
            if (e->placeholderText().contains(QStringLiteral(".png"))) file = e;
        REQUIRE(file);
        file->setText(saved);
        options = dialog.options();
        // Without the project: Save cannot read it again, and needs not.
        store.reset();
        dialog.save();
    }
    MapExport::save(*EventStore::open(project, true), options, reference);
    const QImage a(saved), b(reference);
    REQUIRE_FALSE(a.isNull());
    CHECK(a.size() == QSize(1920, 1080));
    CHECK(a == b);
}

TEST_CASE("Export image dialog: built on columns already loaded, it saves the same image",
          "[gui][export]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    auto store = EventStore::open(project, true);
    MapExportOptions base;
    base.window = TimeWindow{1402358400, 1402963200}; // 10–17 June 2014
    const auto saveWith = [](ExportImageDialog& dialog, const QString& path) {
        for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
            if (e->placeholderText().contains(QStringLiteral(".png"))) e->setText(path);
        dialog.save();
        return QImage(path);
    };
    ExportImageDialog fromStore(*store, base);
    ExportImageDialog fromColumns(
        std::make_unique<SnapshotRenderer>(store->loadColumns(), store->categories()), base);
    const QImage a = saveWith(fromStore, dir.filePath(QStringLiteral("a.png")));
    const QImage b = saveWith(fromColumns, dir.filePath(QStringLiteral("b.png")));
    REQUIRE_FALSE(a.isNull());
    CHECK(a == b);
}
