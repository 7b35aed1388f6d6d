// File → Export image…: presets, custom sizes, the preview and Copy, and the map's tiles.
#include "ExportImageDialog.h"

#include "TestCatch.h"
#include "compose/SnapshotRenderer.h"
#include "core/MbTilesWriter.h"
#include "core/TileServer.h"
#include "core/TileTestImages.h"
#include "io/SampleProject.h"
#include "render/SiteLabels.h"
#include "store/EventStore.h"
#include "tiles/MbTilesSource.h"
#include "tiles/XyzTileSource.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

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
    // As File → Export image builds it: the columns in memory, the map's named places.
    auto renderer = std::make_unique<SnapshotRenderer>(store->loadColumns(), store->categories());
    SiteLabels sites;
    sites.build(store->locations(), renderer->columns());
    renderer->setSites(sites);
    ExportImageDialog fromColumns(std::move(renderer), base);
    const QImage a = saveWith(fromStore, dir.filePath(QStringLiteral("a.png")));
    const QImage b = saveWith(fromColumns, dir.filePath(QStringLiteral("b.png")));
    REQUIRE_FALSE(a.isNull());
    CHECK(a == b);
}

namespace {
QLabel* tileNote(ExportImageDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("tileNote"));
}

// Saves at 640 × 360 (the Custom preset).
QImage saveAs(ExportImageDialog& dialog, const QString& path)
{
    dialog.findChild<QComboBox*>()->setCurrentIndex(4);
    const auto spins = dialog.findChildren<QSpinBox*>();
    spins[0]->setValue(640);
    spins[1]->setValue(360);
    for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
        if (e->placeholderText().contains(QStringLiteral(".png"))) e->setText(path);
    dialog.save();
    return QImage(path);
}

double share(const QImage& image, QRgb colour)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == colour;
    return double(n) / (double(image.width()) * image.height());
}

MapExportOptions smallExport(TileSource* tiles)
{
    MapExportOptions o;
    o.tiles = tiles;
    o.tileWaitMs = 60000; // generous: the reference machine is a loaded 2-core box
    return o;
}
} // namespace

TEST_CASE("Export image dialog: the map's MBTiles layer in the preview and the file",
          "[gui][export][tiles]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    const QString tiles = dir.filePath(QStringLiteral("magenta.mbtiles"));
    MbTilesWriter w;
    w.metadata = {{QStringLiteral("format"), QStringLiteral("png")}};
    w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(255, 0, 255))}};
    REQUIRE(w.write(tiles));
    MbTilesSource source(tiles);
    auto store = EventStore::open(project, true);

    ExportImageDialog dialog(*store, smallExport(&source));
    REQUIRE(tileNote(dialog));
    CHECK(tileNote(dialog)->isHidden()); // a file answers at once: nothing missing
    QLabel* preview = nullptr;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        if (!l->pixmap().isNull()) preview = l;
    REQUIRE(preview);
    CHECK(share(preview->pixmap().toImage(), qRgb(255, 0, 255)) > 0.3);

    const QImage saved = saveAs(dialog, dir.filePath(QStringLiteral("tiles.png")));
    REQUIRE(saved.size() == QSize(640, 360));
    CHECK(share(saved, qRgb(255, 0, 255)) > 0.3);
    CHECK(dialog.missingTiles() == 0);

    ExportImageDialog without(*store, smallExport(nullptr));
    CHECK(share(saveAs(without, dir.filePath(QStringLiteral("none.png"))), qRgb(255, 0, 255)) <
          0.01);
}

TEST_CASE("Export image dialog: a tile server's tiles, at hand in the preview, waited for on "
          "Save; those that never come are counted",
          "[gui][export][tiles]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("iraq.tigris"));
    writeSampleProject(project);
    auto store = EventStore::open(project, true);

    TileServer server;
    server.delayMs = 200; // not there when the preview is first drawn
    XyzTileSource::Options options;
    options.urlTemplate = server.urlTemplate();
    options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
    XyzTileSource source(options);

    ExportImageDialog dialog(*store, smallExport(&source));
    REQUIRE(tileNote(dialog));
    CHECK_FALSE(tileNote(dialog)->isHidden()); // the preview never waits: it says so
    CHECK(tileNote(dialog)->text().contains(QStringLiteral("not loaded yet")));
    // As the tiles arrive the preview is drawn again, and the note goes.
    CHECK(QTest::qWaitFor([&] { return tileNote(dialog)->isHidden(); }, 60000));

    // Save waits for the full-size export's tiles (another zoom than the preview's).
    const int previewRequests = server.requests();
    const QImage saved = saveAs(dialog, dir.filePath(QStringLiteral("osm.png")));
    REQUIRE(saved.size() == QSize(640, 360));
    CHECK(dialog.missingTiles() == 0);
    CHECK(server.requests() > previewRequests);
    QSet<QRgb> served;
    for (const QString& path : server.paths) {
        const QStringList p = QString(path).remove(QStringLiteral(".png")).split(QLatin1Char('/'));
        served.insert(tileTestColour({p[1].toInt(), p[2].toInt(), p[3].toInt()}).rgb());
    }
    qint64 tilePixels = 0;
    for (int y = 0; y < saved.height(); ++y)
        for (int x = 0; x < saved.width(); ++x)
            tilePixels += served.contains(saved.pixel(x, y));
    CHECK(double(tilePixels) / (640.0 * 360.0) > 0.3);

    // A server that cannot be reached: the image is still made, the missing tiles counted.
    XyzTileSource::Options down = options;
    down.urlTemplate = QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png");
    down.cacheDirectory = dir.filePath(QStringLiteral("cache-down"));
    XyzTileSource unreachable(down);
    ExportImageDialog failing(*store, smallExport(&unreachable));
    const QImage basemapOnly = saveAs(failing, dir.filePath(QStringLiteral("down.png")));
    CHECK(basemapOnly.size() == QSize(640, 360));
    CHECK(failing.missingTiles() > 0);
}
