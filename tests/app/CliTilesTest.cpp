// export-image, export-frames and screenshot draw the tile layer set in View → Map tiles (here
// an MBTiles file), as the window does; --no-tiles leaves it out.
#include "TestCatch.h"
#include "core/MbTilesWriter.h"
#include "core/TileTestImages.h"

#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

namespace {
struct Run {
    int code = -1;
    QByteArray err;
};

Run tigrisWithConfig(const QString& configHome, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TIGRIS_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

double magentaShare(const QImage& image)
{
    return colourShare(image, qRgb(255, 0, 255));
}

// A project and a settings folder whose View → Map tiles is a one-tile magenta MBTiles file.
struct MagentaTiles {
    QTemporaryDir dir;
    QString tiles = dir.filePath(QStringLiteral("magenta.mbtiles"));
    QString config = dir.filePath(QStringLiteral("config"));
    QString project = dir.filePath(QStringLiteral("iraq.tigris"));

    MagentaTiles()
    {
        MbTilesWriter w;
        w.metadata = {{QStringLiteral("name"), QStringLiteral("Magenta")},
                      {QStringLiteral("format"), QStringLiteral("png")}};
        w.tiles = {{TileKey{0, 0, 0}, colourTileBytes(QColor(255, 0, 255))}};
        REQUIRE(w.write(tiles));
        {
            // Where QSettings looks for organisation "Tigris", application "tigris" on Linux.
            QSettings s(config + QStringLiteral("/Tigris/tigris.conf"), QSettings::IniFormat);
            s.setValue(QStringLiteral("tiles/enabled"), true);
            s.setValue(QStringLiteral("tiles/kind"), QStringLiteral("mbtiles"));
            s.setValue(QStringLiteral("tiles/mbtilesPath"), tiles);
        }
        REQUIRE(tigrisWithConfig(config, {QStringLiteral("sample"), project}).code == 0);
    }
};
} // namespace

TEST_CASE("export-image and screenshot draw the configured MBTiles layer", "[cli][tiles]")
{
    MagentaTiles m;
    const QTemporaryDir& dir = m.dir;
    const QString &tiles = m.tiles, &config = m.config, &project = m.project;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    Run r = tigrisWithConfig(config, {QStringLiteral("export-image"), project, png,
                                      QStringLiteral("--size"), QStringLiteral("400x300")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(magentaShare(QImage(png)) > 0.3);

    r = tigrisWithConfig(config,
                         {QStringLiteral("export-image"), project, png, QStringLiteral("--size"),
                          QStringLiteral("400x300"), QStringLiteral("--no-tiles")});
    REQUIRE(r.code == 0);
    CHECK(magentaShare(QImage(png)) < 0.01);

    const QString shot = dir.filePath(QStringLiteral("window.png"));
    r = tigrisWithConfig(config, {QStringLiteral("screenshot"), project, shot,
                                  QStringLiteral("--size"), QStringLiteral("1000x700")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(magentaShare(QImage(shot)) > 0.05); // the map is part of the window

    // A tile file that has gone: a note, and the export still made with the basemap.
    QFile::remove(tiles);
    r = tigrisWithConfig(config, {QStringLiteral("export-image"), project, png,
                                  QStringLiteral("--size"), QStringLiteral("400x300")});
    CHECK(r.code == 0);
    CHECK(r.err.contains("map tiles left out"));
}

TEST_CASE("export-frames draws the configured MBTiles layer in every frame", "[cli][tiles]")
{
    MagentaTiles m;
    const QString frames = m.dir.filePath(QStringLiteral("frames"));
    const QStringList args{QStringLiteral("export-frames"),
                           m.project,
                           frames,
                           QStringLiteral("--size"),
                           QStringLiteral("400x300"),
                           QStringLiteral("--from"),
                           QStringLiteral("2014-06-05"),
                           QStringLiteral("--to"),
                           QStringLiteral("2014-06-10"),
                           QStringLiteral("--step"),
                           QStringLiteral("2d")};
    Run r = tigrisWithConfig(m.config, args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.err.contains("note")); // an MBTiles file has every tile at once
    for (int i = 0; i < 3; ++i) {
        const QString frame = frames + QStringLiteral("/frame-0000%1.png").arg(i);
        INFO(frame.toStdString());
        CHECK(magentaShare(QImage(frame)) > 0.3); // where the basemap would be
    }

    r = tigrisWithConfig(m.config, args + QStringList{QStringLiteral("--no-tiles")});
    REQUIRE(r.code == 0);
    CHECK(magentaShare(QImage(frames + QStringLiteral("/frame-00000.png"))) < 0.01);
}
