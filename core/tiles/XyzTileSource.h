#pragma once

#include "tiles/TileCache.h"
#include "tiles/TileSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// Raster tiles from a web server by URL template, e.g. OpenStreetMap's standard layer.
// Follows the OSM tile usage policy: a User-Agent naming Tigris and its version, at most a
// few requests at once, tiles cached on disk and revalidated with ETags. Asynchronous
// throughout: a slow or failing server costs nothing but missing tiles (each response is
// bounded in time and size: Options::deadlineMs, maxTileBytes). Failed tiles are
// retried after a back-off that doubles per failure; visible ones are retried on their own.
class XyzTileSource : public TileSource {
    Q_OBJECT
  public:
    struct Options {
        // {z} {x} {y}, optionally {-y} (TMS rows) and {s} (one of `subdomains`).
        QString urlTemplate;
        QString attribution;
        QStringList subdomains{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        int maxConnections = 2; // clamped to [1, 4]
        QString cacheDirectory; // empty: TileCache::defaultDirectory(id())
        int memoryCacheMB = 64;
        int diskCacheMB = 512;  // pruned to this, oldest first, when the source is made
        int timeoutMs = 10000;  // without any data arriving
        int deadlineMs = 30000; // for the whole response: a server dripping bytes fails too
        qint64 maxTileBytes = 4 * 1024 * 1024; // a larger body is abandoned as it arrives
        int retryAfterMs = 5000; // after the first failure; doubles up to kMaxRetryAfterMs
        int maxZoom = 19;
    };
    static constexpr int kMaxRetryAfterMs = 10 * 60 * 1000;

    explicit XyzTileSource(Options options, QObject* parent = nullptr);
    ~XyzTileSource() override;

    // "Tigris/<version> (+https://example.invalid/tigris)".
    static QString userAgent();
    // Host name plus a hash of the template: stable across runs, safe as a folder name.
    static QString idFor(const QString& urlTemplate);
    static bool isValidTemplate(const QString& urlTemplate);

    QString id() const override { return id_; }
    QString attribution() const override { return options_.attribution; }
    int maxZoom() const override { return options_.maxZoom; }
    QImage tile(const TileKey& key, bool fetch = true) override;
    void retainOnly(const QSet<TileKey>& wanted) override;
    bool isLoading(const TileKey& key) const override { return busy_.contains(key); }

    QUrl urlFor(const TileKey& key) const;
    const Options& options() const { return options_; }
    TileCache& cache() { return cache_; }
    int runningRequests() const { return static_cast<int>(running_.size()); }
    int queuedRequests() const { return static_cast<int>(diskQueue_.size() + netQueue_.size()); }
    int failureCount(const TileKey& key) const { return failures_.value(key).count; }
    QString lastError(const TileKey& key) const { return failures_.value(key).error; }

  private:
    struct Failure {
        int count = 0;
        qint64 retryAtMs = 0; // on clock_
        QString error;
    };
    struct NetRequest {
        TileKey key;
        QByteArray etag;
    };

    void scheduleDiskLoads();
    void loadFromDisk();
    void startRequests();
    void finished(QNetworkReply* reply);
    void abandon(QNetworkReply* reply, const QString& why); // fails the tile with `why`
    void succeeded(const TileKey& key, const QImage& image);
    void failed(const TileKey& key, const QString& error);
    void retryDue();
    void scheduleRetry();

    Options options_;
    QString id_;
    TileCache cache_;
    QNetworkAccessManager network_;
    QList<TileKey> diskQueue_;
    QList<NetRequest> netQueue_;
    QHash<QNetworkReply*, TileKey> running_;
    QSet<QNetworkReply*> cancelled_;
    QHash<QNetworkReply*, QString> abandoned_; // over the size cap or the deadline
    QSet<TileKey> busy_;                       // in a queue or running
    QSet<TileKey> wanted_;
    QHash<TileKey, Failure> failures_;
    QElapsedTimer clock_;
    QTimer retryTimer_;
    bool diskLoadScheduled_ = false;
};
