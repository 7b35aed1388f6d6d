#include "TileSettingsDialog.h"

#include "TestCatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
template <typename W> W* find(QDialog& d, int index = 0)
{
    return d.findChildren<W*>().value(index);
}
} // namespace

TEST_CASE("TileSettingsDialog edits the tile settings", "[tiles][gui]")
{
    TileSettingsDialog dialog{TileSourceSettings()};
    auto* enabled = find<QCheckBox>(dialog);
    auto* choice = find<QComboBox>(dialog);
    REQUIRE(enabled);
    REQUIRE(choice);
    CHECK_FALSE(enabled->isChecked());
    CHECK(choice->currentText() == QStringLiteral("OpenStreetMap"));
    CHECK(dialog.settings() == TileSourceSettings());

    enabled->setChecked(true);
    auto* url = find<QLineEdit>(dialog, 0);
    REQUIRE(url->isEnabled());
    url->setText(QStringLiteral("https://tiles.example.org/{z}/{x}.png")); // no {y}
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    const auto labels = dialog.findChildren<QLabel*>();
    const bool explained = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
        return !l->isHidden() && l->text().contains(QStringLiteral("{y}"));
    });
    CHECK(explained);

    url->setText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const TileSourceSettings s = dialog.settings();
    CHECK(s.enabled);
    CHECK(s.kind == TileSourceSettings::Kind::Xyz);
    CHECK(s.urlTemplate == QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));

    // Choosing the MBTiles entry without a file is refused with a reason.
    choice->setCurrentIndex(choice->findData(TileSettingsDialog::kMbTiles));
    CHECK(dialog.settings().kind == TileSourceSettings::Kind::MbTiles);
    dialog.setResult(QDialog::Rejected);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    // The preset puts the OSM template back.
    choice->setCurrentIndex(choice->findData(0));
    CHECK(dialog.settings().urlTemplate == TileSourceSettings::openStreetMap().urlTemplate);
}
