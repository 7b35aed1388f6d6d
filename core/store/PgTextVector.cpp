#include "store/PgTextVector.h"

#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <vector>

namespace {

// PostgreSQL's limits (tsearch/ts_type.h): a lexeme is shorter than 2048 bytes, the lexemes'
// bytes stay under 1 MB.
constexpr qsizetype kMaxWordBytes = 2048;
constexpr qsizetype kMaxLexemeBytes = (1 << 20) - 1;

template <typename Each> void forEachWord(QByteArrayView list, Each each)
{
    qsizetype at = 0;
    while (at < list.size()) {
        qsizetype end = list.indexOf(' ', at);
        if (end < 0) end = list.size();
        if (end > at) each(list.sliced(at, end - at));
        at = end + 1;
    }
}

} // namespace

namespace PgTextVector {

QByteArray encode(std::initializer_list<QByteArrayView> lists)
{
    // Sorted as the server orders lexemes (bytes, then length): by the first 8 bytes as one
    // number first (most words are shorter), so that few comparisons reach memcmp. Then
    // each distinct word once.
    struct Word {
        quint64 key;
        QByteArrayView word;
        bool operator<(const Word& o) const
        {
            if (key != o.key) return key < o.key;
            return word.size() > 8 && o.word.size() > 8 ? word.sliced(8) < o.word.sliced(8)
                                                        : word.size() < o.word.size();
        }
        bool operator==(const Word& o) const { return key == o.key && word == o.word; }
    };
    thread_local std::vector<Word> words;
    words.clear();
    for (QByteArrayView list : lists)
        forEachWord(list, [&](QByteArrayView word) {
            if (word.size() >= kMaxWordBytes) return;
            char first[8] = {};
            std::memcpy(first, word.data(), std::size_t(std::min<qsizetype>(8, word.size())));
            words.push_back(Word{qFromBigEndian<quint64>(first), word});
        });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());

    qsizetype size = 4;
    for (const Word& w : words)
        size += w.word.size() + 3;
    QByteArray out(size, Qt::Uninitialized);
    char* p = out.data() + 4;
    qint32 lexemes = 0;
    qsizetype lexemeBytes = 0;
    for (const Word& w : words) {
        lexemeBytes += w.word.size();
        if (lexemeBytes > kMaxLexemeBytes) break;
        std::memcpy(p, w.word.data(), std::size_t(w.word.size()));
        p += w.word.size();
        *p++ = '\0';
        *p++ = '\0'; // no positions (a 16-bit count)
        *p++ = '\0';
        ++lexemes;
    }
    out.truncate(p - out.data());
    qToBigEndian(lexemes, out.data());
    return out;
}

QByteArray allOf(QByteArrayView words)
{
    QByteArray out;
    forEachWord(words, [&](QByteArrayView word) {
        if (word.size() >= kMaxWordBytes) return;
        if (!out.isEmpty()) out += " & ";
        out += '\'';
        for (const char c : word) {
            if (c == '\'' || c == '\\') out += c == '\'' ? '\'' : '\\';
            out += c;
        }
        out += '\'';
    });
    return out;
}

} // namespace PgTextVector
