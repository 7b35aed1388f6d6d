#pragma once

#include "compose/MapExport.h"

#include <QDialog>
#include <functional>
#include <memory>

class EventStore;
class SnapshotRenderer;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

// File → Export image…: size presets (screen, 4K, A4 and Letter at 300 dpi, custom up to
// 8192²), what to include, a title, a live preview drawn by the same painter as the file, and
// Copy to put the image at the chosen size on the clipboard. The project is read once, when
// the dialog opens: preview, Copy and save() draw with the same renderer. With the map's tile
// source in the options, the preview draws the tiles at hand (redrawn as more arrive, a note
// counting those still missing), and Copy and save() wait for the rest up to tileWaitMs.
class ExportImageDialog : public QDialog {
    Q_OBJECT
  public:
    ExportImageDialog(const EventStore& store, MapExportOptions base, QWidget* parent = nullptr);
    // From a renderer built on what the caller has loaded already (the main window's columns).
    ExportImageDialog(std::unique_ptr<SnapshotRenderer> renderer, MapExportOptions base,
                      QWidget* parent = nullptr);
    ~ExportImageDialog() override;
    MapExportOptions options() const;
    QString path() const;
    // Writes options() to path() from what the preview read; throws tigris::Error.
    void save();
    // Visible tiles the last save() or Copy drew without (not arrived in time); 0 without tiles.
    int missingTiles() const;

  private:
    void updatePreview();
    void choosePath();
    // Runs a full-size render, which waits for tiles up to tileWaitMs in a local event loop;
    // no preview is drawn inside it (one follows once the wait is over).
    void whileWaitingForTiles(const std::function<void()>& render);
    std::unique_ptr<SnapshotRenderer> renderer_;
    MapExportOptions base_;
    QComboBox* preset_;
    QSpinBox* width_;
    QSpinBox* height_;
    QCheckBox* timeline_;
    QCheckBox* legend_;
    QLineEdit* title_;
    QLineEdit* path_;
    QLabel* preview_;
    QLabel* tileNote_;
    QTimer* tileArrived_; // coalesces tileReady into one preview per burst
    bool waiting_ = false;
    bool previewPending_ = false;
    int missingTiles_ = 0;
};
