// File → Export image…: presets, custom sizes, the preview and Copy.
#include "ExportImageDialog.h"

#include "TestCatch.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
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
