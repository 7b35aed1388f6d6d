// The mapping dialog on a GIS file: its layers with feature counts and geometry types, the
// chosen layer's fields with roles as a CSV's columns, and the import it leads to.
#ifdef TIGRIS_HAVE_GDAL
#include "CsvMappingDialog.h"
#include "TestCatch.h"
#include "core/ImportTestSupport.h"
#include "core/OgrFixtures.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>

TEST_CASE("Mapping dialog: a GeoPackage's layers are listed; fields take roles; lines are "
          "noted as annotations",
          "[gui][mapping][ogr]")
{
    using Role = CsvMapping::Role;
    QTemporaryDir dir;
    auto events = datasetEvents(dir);
    events.resize(3);
    const QString gpkg = dir.filePath(QStringLiteral("survey.gpkg"));
    // Field names no alias knows: the user gives the roles.
    writeFixture(gpkg, "GPKG", "sites", 4326, events,
                 {{"Bezeichnung", OFTString,
                   [](OGRFeatureH f, int i, const Event& e) { setText(f, i, e.title); }},
                  {"Wann", OFTString, [](OGRFeatureH f, int i, const Event& e) {
                       setText(f, i, e.startDate().toIso());
                   }}});
    addLineLayer(gpkg, "roads");
    CsvMappingDialog d(gpkg);
    QComboBox* layers = d.layerCombo();
    REQUIRE(layers);
    REQUIRE(layers->count() == 2);
    CHECK(layers->itemText(0) == QStringLiteral("sites (3 features, Point, EPSG:4326)"));
    CHECK(layers->itemText(1) == QStringLiteral("roads (1 feature, Line String)"));
    QTableWidget* table = d.preview();
    REQUIRE(table->rowCount() == 4); // the roles and three features
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Bezeichnung"));
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("geometry latitude"));
    CHECK(table->item(1, 0)->text() == events[0].title);
    CHECK(d.roleCombo(2)->currentIndex() == int(Role::Latitude));
    CHECK(d.roleCombo(3)->currentIndex() == int(Role::Longitude));
    CHECK_FALSE(d.problem().isEmpty()); // no date yet
    d.roleCombo(0)->setCurrentIndex(int(Role::Title));
    d.roleCombo(1)->setCurrentIndex(int(Role::StartDate));
    CHECK(d.problem().isEmpty());
    CHECK(d.rejectedRows() == 0);
    const CsvMapping m = d.mapping();
    CHECK(m.layer == QStringLiteral("sites"));

    auto store = newProject(dir);
    ImportOptions o;
    o.mapping = m;
    const ImportReport r = importFile(*store, gpkg, o);
    CHECK(r.imported == 3);
    const auto got = store->query({});
    REQUIRE(got.size() == 3);
    CHECK(got[0].title == events[0].title);
    CHECK(metresApart(got[0].lat, got[0].lon, events[0].lat, events[0].lon) < 1.0);

    layers->setCurrentIndex(1);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, table->columnCount() - 1)->text() ==
          QStringLiteral("a line: becomes an annotation"));
    CHECK(d.mapping().layer == QStringLiteral("roads"));
}
#endif
