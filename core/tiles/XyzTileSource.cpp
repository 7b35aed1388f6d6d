#include "tiles/XyzTileSource.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {
// Disk reads and decodes per event-loop turn, so that a screenful of cached tiles does not
// hold up input for tens of milliseconds.
constexpr int kDiskLoadsPerTurn = 6;

QString fillTemplate(QString url, const TileKey& key, const QString& subdomain)
{
    url.replace(QStringLiteral("{z}"), QString::number(key.z));
    url.replace(QStringLiteral("{x}"), QString::number(key.x));
    url.replace(QStringLiteral("{y}"), QString::number(key.y));
    url.replace(QStringLiteral("{-y}"), QString::number((1 << key.z) - 1 - key.y));
    url.replace(QStringLiteral("{s}"), subdomain);
    return url;
}
} // namespace

XyzTileSource::XyzTileSource(Options options, QObject* parent)
    : TileSource(parent), options_(std::move(options)), id_(idFor(options_.urlTemplate)),
      cache_(options_.cacheDirectory.isEmpty() ? TileCache::defaultDirectory(id_)
                                               : options_.cacheDirectory,
             options_.memoryCacheMB)
{
    options_.maxConnections = std::clamp(options_.maxConnections, 1, 4);
    if (options_.subdomains.isEmpty()) options_.subdomains = {QStringLiteral("a")};
    clock_.start();
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &XyzTileSource::retryDue);
    connect(&network_, &QNetworkAccessManager::finished, this, &XyzTileSource::finished);
    if (options_.diskCacheMB > 0) {
        // Walking a large cache takes a while: off the UI thread.
        (void)QtConcurrent::run(&TileCache::prune, cache_.directory(),
                                qint64(options_.diskCacheMB) * 1024 * 1024);
    }
}

XyzTileSource::~XyzTileSource()
{
    // The network manager outlives nothing it reports to: replies it deletes must not call
    // back into members already destroyed.
    disconnect(&network_, nullptr, this, nullptr);
}

QString XyzTileSource::userAgent()
{
    return QStringLiteral("Tigris/" TIGRIS_VERSION " (+https://example.invalid/tigris)");
}

QString XyzTileSource::idFor(const QString& urlTemplate)
{
    QString host = QUrl(fillTemplate(urlTemplate, {}, QStringLiteral("a"))).host();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    host.replace(unsafe, QStringLiteral("_"));
    if (host.isEmpty()) host = QStringLiteral("tiles");
    const QByteArray hash =
        QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha1).toHex();
    return host + QLatin1Char('-') + QString::fromLatin1(hash.left(8));
}

bool XyzTileSource::isValidTemplate(const QString& urlTemplate)
{
    if (!urlTemplate.contains(QStringLiteral("{z}")) ||
        !urlTemplate.contains(QStringLiteral("{x}")) ||
        !(urlTemplate.contains(QStringLiteral("{y}")) ||
          urlTemplate.contains(QStringLiteral("{-y}"))))
        return false;
    const QUrl url(fillTemplate(urlTemplate, {}, QStringLiteral("a")), QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QUrl XyzTileSource::urlFor(const TileKey& key) const
{
    const auto& subs = options_.subdomains;
    const QString sub = subs.at(static_cast<int>((key.x + key.y) % subs.size()));
    return QUrl(fillTemplate(options_.urlTemplate, key, sub));
}

QImage XyzTileSource::tile(const TileKey& key, bool fetch)
{
    QImage image = cache_.image(key);
    if (!image.isNull() || !fetch || !key.isValid() || key.z > options_.maxZoom) return image;
    if (busy_.contains(key)) return image;
    if (const auto f = failures_.constFind(key);
        f != failures_.cend() && clock_.elapsed() < f->retryAtMs)
        return image;
    busy_.insert(key);
    diskQueue_.append(key);
    scheduleDiskLoads();
    return image;
}

void XyzTileSource::retainOnly(const QSet<TileKey>& wanted)
{
    wanted_ = wanted;
    diskQueue_.removeIf([&](const TileKey& k) {
        if (wanted.contains(k)) return false;
        busy_.remove(k);
        return true;
    });
    netQueue_.removeIf([&](const NetRequest& r) {
        if (wanted.contains(r.key)) return false;
        busy_.remove(r.key);
        return true;
    });
    const auto running = running_.keys();
    for (QNetworkReply* reply : running) {
        const auto it = running_.constFind(reply);
        if (it == running_.cend() || wanted.contains(*it)) continue;
        cancelled_.insert(reply);
        reply->abort(); // finished() may run right here; it knows the reply was cancelled
    }
}

void XyzTileSource::scheduleDiskLoads()
{
    if (diskLoadScheduled_) return;
    diskLoadScheduled_ = true;
    QTimer::singleShot(0, this, &XyzTileSource::loadFromDisk);
}

void XyzTileSource::loadFromDisk()
{
    diskLoadScheduled_ = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < kDiskLoadsPerTurn && !diskQueue_.isEmpty(); ++n) {
        const TileKey key = diskQueue_.takeFirst();
        const std::optional<TileCache::DiskEntry> entry = cache_.read(key);
        QByteArray etag;
        if (entry) {
            const QImage image = TileCache::decode(entry->data);
            if (!image.isNull()) {
                cache_.insert(key, image);
                if (entry->isFresh(now)) {
                    busy_.remove(key);
                    emit tileReady(key);
                    continue;
                }
                emit tileReady(key); // stale but better than nothing while revalidating
                etag = entry->etag;
            }
        }
        netQueue_.append({key, etag});
    }
    if (!diskQueue_.isEmpty()) scheduleDiskLoads();
    startRequests();
}

void XyzTileSource::startRequests()
{
    while (running_.size() < options_.maxConnections && !netQueue_.isEmpty()) {
        const NetRequest next = netQueue_.takeFirst();
        QNetworkRequest request(urlFor(next.key));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setTransferTimeout(options_.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        if (!next.etag.isEmpty()) request.setRawHeader("If-None-Match", next.etag);
        QNetworkReply* reply = network_.get(request);
        running_.insert(reply, next.key);
        connect(reply, &QNetworkReply::downloadProgress, this,
                [this, reply](qint64 received, qint64 total) {
                    if (received > options_.maxTileBytes || total > options_.maxTileBytes)
                        abandon(reply, QStringLiteral("the tile is larger than %1 MB")
                                           .arg(double(options_.maxTileBytes) / (1 << 20)));
                });
        // The transfer timeout restarts with every byte; this one does not.
        QTimer::singleShot(options_.deadlineMs, reply, [this, reply] {
            abandon(
                reply,
                QStringLiteral("no complete tile within %1 s").arg(options_.deadlineMs / 1000.0));
        });
    }
}

void XyzTileSource::abandon(QNetworkReply* reply, const QString& why)
{
    if (!running_.contains(reply) || cancelled_.contains(reply) || abandoned_.contains(reply))
        return;
    abandoned_.insert(reply, why);
    reply->abort(); // finished() follows, which fails the tile with `why`
}

void XyzTileSource::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    const auto it = running_.constFind(reply);
    if (it == running_.cend()) return;
    const TileKey key = *it;
    running_.erase(it);
    busy_.remove(key);
    if (cancelled_.remove(reply)) {
        startRequests();
        return;
    }
    if (const QString why = abandoned_.take(reply); !why.isEmpty()) {
        failed(key, why);
        startRequests();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime expires =
        TileCache::expiryFor(reply->rawHeader("Cache-Control"), QDateTime::currentDateTimeUtc());
    if (reply->error() == QNetworkReply::NoError && status == 304) {
        cache_.setExpiry(key, expires);
        if (!cache_.contains(key)) {
            if (const auto entry = cache_.read(key))
                cache_.insert(key, TileCache::decode(entry->data));
        }
        if (cache_.contains(key))
            succeeded(key, cache_.image(key));
        else
            failed(key, QStringLiteral("not modified, but the cached tile is unreadable"));
    } else if (reply->error() == QNetworkReply::NoError) {
        const QByteArray data = reply->readAll();
        const QImage image = TileCache::decode(data);
        if (image.isNull()) {
            failed(key, QStringLiteral("the server's response is not an image"));
        } else {
            cache_.write(key, {data, expires, reply->rawHeader("ETag")});
            cache_.insert(key, image);
            succeeded(key, image);
        }
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        failed(key, QStringLiteral("no response within %1 s").arg(options_.timeoutMs / 1000.0));
    } else if (status != 0) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        failed(key, QStringLiteral("HTTP %1 %2").arg(status).arg(reason).trimmed());
    } else {
        failed(key, reply->errorString());
    }
    startRequests();
}

void XyzTileSource::succeeded(const TileKey& key, const QImage&)
{
    failures_.remove(key);
    emit tileReady(key);
}

void XyzTileSource::failed(const TileKey& key, const QString& error)
{
    Failure& f = failures_[key];
    ++f.count;
    const qint64 backoff = std::min<qint64>(
        qint64(options_.retryAfterMs) << std::min(f.count - 1, 20), kMaxRetryAfterMs);
    f.retryAtMs = clock_.elapsed() + backoff;
    f.error = error;
    scheduleRetry();
    emit tileFailed(key, error);
}

void XyzTileSource::scheduleRetry()
{
    qint64 earliest = -1;
    for (auto it = failures_.cbegin(); it != failures_.cend(); ++it) {
        if (!wanted_.contains(it.key()) || busy_.contains(it.key())) continue;
        if (earliest < 0 || it->retryAtMs < earliest) earliest = it->retryAtMs;
    }
    if (earliest < 0) return;
    const qint64 delay = std::max<qint64>(0, earliest - clock_.elapsed());
    if (!retryTimer_.isActive() || retryTimer_.remainingTime() > delay)
        retryTimer_.start(static_cast<int>(delay));
}

void XyzTileSource::retryDue()
{
    const qint64 now = clock_.elapsed();
    QList<TileKey> due;
    for (auto it = failures_.cbegin(); it != failures_.cend(); ++it)
        if (wanted_.contains(it.key()) && !busy_.contains(it.key()) && it->retryAtMs <= now)
            due.append(it.key());
    for (const TileKey& key : due) {
        if (cache_.contains(key))
            failures_.remove(key); // a stale copy is shown; revalidate when next read from disk
        else
            tile(key);
    }
    scheduleRetry();
}
