#pragma once

#include "store/RtreeNode.h"
#include "store/SqliteStatement.h"

#include <vector>

// Fills an EMPTY 2-D SQLite R*Tree by writing its shadow tables (%_node, %_rowid, %_parent)
// directly, as GDAL does for GeoPackage: entries arrive already in spatial (Z-) order and are
// packed bottom-up into nodes of equal fill, instead of being inserted one by one, where each
// insert descends the tree, may split nodes and rewrites the path to the root. Memory: one
// leaf plus one box per node above the leaves (1/50 of the entries).
// The result is an ordinary R*Tree that later inserts and deletes maintain as usual;
// rtreecheck() accepts it.
class RtreeBulkLoader {
  public:
    // `table` is the R*Tree's name; `count` the exact number of entries add() will be given.
    RtreeBulkLoader(sqlite3* db, const char* table, qint64 count);
    void add(qint64 id, double x, double y); // in spatial order
    void finish();                           // writes the levels above the leaves and the root

  private:
    struct Child {
        qint64 node;
        RtreeNode::Box box;
    };
    void writeLevel(std::vector<Child>& level, int depth);
    qint64 writeNode(qint64 node, int depth, const Child* cells, int n);
    void flushLeaf();

    sqlite3* db_;
    SqliteStatement insertNode_, insertRowid_, insertParent_;
    int nodeSize_ = 0;
    int maxCells_ = 0;
    qint64 remaining_ = 0;  // entries still to come
    qint64 leavesLeft_ = 0; // leaves still to write, so that entries spread evenly
    qint64 nextNode_ = 2;   // node 1 is the root, written last
    bool rootIsLeaf_ = false;
    std::vector<Child> leaf_;  // entries of the leaf being filled (ids in `node`)
    std::vector<Child> level_; // one box per written leaf
    std::vector<uchar> buffer_;
};
