#pragma once

#include "tiles/TileSourceSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// "Map tiles…": turns raster tiles under the offline basemap on or off and picks where they
// come from: OpenStreetMap, another XYZ server by URL template, or a local MBTiles file.
// Refuses to close with OK on a template without {z}/{x}/{y} or an unreadable MBTiles file.
class TileSettingsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit TileSettingsDialog(const TileSourceSettings& settings, QWidget* parent = nullptr);
    TileSourceSettings settings() const;
    void accept() override;

    // Combo box entries after the presets.
    static constexpr int kCustomUrl = -1;
    static constexpr int kMbTiles = -2;

  private:
    void choiceChanged();
    void chooseMbTiles();
    void updateEnabled();
    QString problem() const; // empty when the settings can be used

    QCheckBox* enabled_;
    QComboBox* choice_;
    QLineEdit* url_;
    QLineEdit* attribution_;
    QLineEdit* mbtiles_;
    QPushButton* browse_;
    QSpinBox* connections_;
    QLabel* error_;
    int memoryCacheMB_;
};
