#include "store/RtreeBulkLoader.h"

#include "store/StoreError.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

QByteArray sql(const char* pattern, const char* table)
{
    return QByteArray(pattern).replace("%", table);
}

// The R*Tree stores float32 and rounds a box outwards, so that it still covers the double.
float roundDown(double v)
{
    float f = float(v);
    if (double(f) > v) f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}
float roundUp(double v)
{
    float f = float(v);
    if (double(f) < v) f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

RtreeNode::Box unite(const RtreeNode::Box& a, const RtreeNode::Box& b)
{
    return {std::min(a.minX, b.minX), std::max(a.maxX, b.maxX), std::min(a.minY, b.minY),
            std::max(a.maxY, b.maxY)};
}

} // namespace

RtreeBulkLoader::RtreeBulkLoader(sqlite3* db, const char* table, qint64 count)
    : db_(db),
      insertNode_(db, sql("INSERT OR REPLACE INTO \"%_node\"(nodeno, data) VALUES(?,?)", table)),
      insertRowid_(db, sql("INSERT INTO \"%_rowid\"(rowid, nodeno) VALUES(?,?)", table)),
      insertParent_(db, sql("INSERT INTO \"%_parent\"(nodeno, parentnode) VALUES(?,?)", table)),
      remaining_(count)
{
    SqliteStatement root(db, sql("SELECT length(data), (SELECT count(*) FROM \"%_rowid\") "
                                 "FROM \"%_node\" WHERE nodeno=1",
                                 table));
    if (!root.step() || root.int64(1) != 0)
        throw StoreError(
            QStringLiteral("internal: the R*Tree %1 is not empty").arg(QString::fromLatin1(table)));
    nodeSize_ = int(root.int64(0));
    maxCells_ = (nodeSize_ - RtreeNode::kHeaderSize) / RtreeNode::kCellSize;
    if (maxCells_ < 4)
        throw StoreError(QStringLiteral("internal: unexpected R*Tree node size %1").arg(nodeSize_));
    buffer_.resize(std::size_t(nodeSize_));
    rootIsLeaf_ = count <= maxCells_;
    leavesLeft_ = rootIsLeaf_ ? 1 : (count + maxCells_ - 1) / maxCells_;
    leaf_.reserve(std::size_t(maxCells_));
}

void RtreeBulkLoader::add(qint64 id, double x, double y)
{
    leaf_.push_back({id, {roundDown(x), roundUp(x), roundDown(y), roundUp(y)}});
    remaining_ = std::max<qint64>(remaining_ - 1, 0);
    // Entries spread evenly over the leaves: each is at least half full.
    const qint64 leaves = std::max<qint64>(leavesLeft_, 1);
    const qint64 target = (qint64(leaf_.size()) + remaining_ + leaves - 1) / leaves;
    if (!rootIsLeaf_ && qint64(leaf_.size()) >= target) flushLeaf();
}

void RtreeBulkLoader::flushLeaf()
{
    if (leaf_.empty()) return;
    const qint64 node = writeNode(nextNode_++, 0, leaf_.data(), int(leaf_.size()));
    for (const Child& entry : leaf_) {
        insertRowid_.bind(1, entry.node);
        insertRowid_.bind(2, node);
        insertRowid_.run();
    }
    RtreeNode::Box box = leaf_.front().box;
    for (const Child& entry : leaf_)
        box = unite(box, entry.box);
    level_.push_back({node, box});
    leaf_.clear();
    --leavesLeft_;
}

qint64 RtreeBulkLoader::writeNode(qint64 node, int depth, const Child* cells, int n)
{
    std::fill(buffer_.begin(), buffer_.end(), uchar(0));
    RtreeNode::setHeader(buffer_.data(), node == 1 ? depth : 0, n);
    for (int i = 0; i < n; ++i)
        RtreeNode::writeCell(buffer_.data(), i, cells[i].node, cells[i].box);
    insertNode_.bind(1, node);
    sqlite3_bind_blob(insertNode_.get(), 2, buffer_.data(), nodeSize_, SQLITE_STATIC);
    insertNode_.run();
    return node;
}

void RtreeBulkLoader::finish()
{
    if (rootIsLeaf_) {
        writeNode(1, 0, leaf_.data(), int(leaf_.size()));
        for (const Child& entry : leaf_) {
            insertRowid_.bind(1, entry.node);
            insertRowid_.bind(2, qint64(1));
            insertRowid_.run();
        }
        leaf_.clear();
        return;
    }
    flushLeaf();
    writeLevel(level_, 1);
}

void RtreeBulkLoader::writeLevel(std::vector<Child>& level, int depth)
{
    const auto adopt = [&](const Child* children, int n, qint64 parent) {
        for (int i = 0; i < n; ++i) {
            insertParent_.bind(1, children[i].node);
            insertParent_.bind(2, parent);
            insertParent_.run();
        }
    };
    while (qint64(level.size()) > maxCells_) {
        std::vector<Child> above;
        const qint64 total = qint64(level.size());
        qint64 nodes = (total + maxCells_ - 1) / maxCells_;
        for (qint64 at = 0; at < total; --nodes) {
            const int n = int((total - at + nodes - 1) / nodes);
            const Child* children = level.data() + at;
            const qint64 node = writeNode(nextNode_++, depth, children, n);
            adopt(children, n, node);
            RtreeNode::Box box = children[0].box;
            for (int i = 1; i < n; ++i)
                box = unite(box, children[i].box);
            above.push_back({node, box});
            at += n;
        }
        level.swap(above);
        ++depth;
    }
    writeNode(1, depth, level.data(), int(level.size()));
    adopt(level.data(), int(level.size()), 1);
}
