#include "store/PgTextVector.h"

#include <QtEndian>
#include <algorithm>
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

template <typename T> void put(QByteArray& out, T v)
{
    char bytes[sizeof(T)];
    qToBigEndian(v, bytes);
    out.append(bytes, sizeof(T));
}

} // namespace

namespace PgTextVector {

QByteArray encode(std::initializer_list<QByteArrayView> lists)
{
    thread_local std::vector<QByteArrayView> words;
    words.clear();
    for (QByteArrayView list : lists)
        forEachWord(list, [&](QByteArrayView word) {
            if (word.size() < kMaxWordBytes) words.push_back(word);
        });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());

    QByteArray out;
    put<qint32>(out, 0); // the count, written at the end
    qint32 lexemes = 0;
    qsizetype lexemeBytes = 0;
    for (QByteArrayView word : words) {
        lexemeBytes += word.size();
        if (lexemeBytes > kMaxLexemeBytes) break;
        out.append(word.data(), word.size());
        out.append('\0');
        put<quint16>(out, 0); // no positions
        ++lexemes;
    }
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
