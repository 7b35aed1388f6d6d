#include "io/JsonArrayStream.h"

#include "TestCatch.h"
#include "io/ImportError.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Cut {
    std::vector<std::pair<qint64, QByteArray>> elements;
    QJsonObject rest;
};

Cut cut(const QByteArray& json, const QByteArray& key = "features")
{
    QByteArray bytes = json;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonArrayStream stream(buffer, key);
    Cut out;
    QByteArray element;
    qint64 line = 0;
    while (stream.next(element, line))
        out.elements.emplace_back(line, element);
    out.rest = stream.rest().object();
    return out;
}

ImportError failure(const QByteArray& json)
{
    try {
        const Cut c = cut(json);
        for (const auto& [line, element] : c.elements)
            JsonArrayStream::parse(element, line);
    } catch (const ImportError& e) {
        return e;
    }
    return ImportError(QStringLiteral("no error"));
}

} // namespace

TEST_CASE("JsonArrayStream: elements of the root's array with their lines; the rest kept",
          "[import][json]")
{
    const Cut c = cut("{\"type\": \"FeatureCollection\",\n"
                      " \"meta\": {\"features\": [1, 2], \"note\": \"\\\"features\\\": [\"},\n"
                      " \"features\": [\n"
                      "  {\"a\": \"x\\\" ], [{\\\\\", \"b\": {\"c\": [1, {\"d\": \"}\"}]}},\n"
                      "  42 ,\n"
                      "  \"s,]\",\n"
                      "  [1,\n   2]\n"
                      " ],\n"
                      " \"name\": \"after\"}\n");
    REQUIRE(c.elements.size() == 4);
    CHECK(c.elements[0].first == 4);
    CHECK(c.elements[0].second ==
          "{\"a\": \"x\\\" ], [{\\\\\", \"b\": {\"c\": [1, {\"d\": \"}\"}]}}");
    CHECK(c.elements[1] == std::pair<qint64, QByteArray>{5, "42"});
    CHECK(c.elements[2] == std::pair<qint64, QByteArray>{6, "\"s,]\""});
    CHECK(c.elements[3] == std::pair<qint64, QByteArray>{7, "[1,\n   2]"});
    // The nested "features" (in "meta") is part of the rest, the root's array is left empty.
    CHECK(c.rest.value(QStringLiteral("type")).toString() == QStringLiteral("FeatureCollection"));
    CHECK(c.rest.value(QStringLiteral("name")).toString() == QStringLiteral("after"));
    CHECK(c.rest.value(QStringLiteral("features")).toArray().isEmpty());
    CHECK(c.rest.value(QStringLiteral("meta")).toObject().value(QStringLiteral("features")) ==
          QJsonArray{1, 2});
    const QJsonValue first = JsonArrayStream::parse(c.elements[0].second, 4);
    CHECK(first.toObject().value(QStringLiteral("a")).toString() == QStringLiteral("x\" ], [{\\"));
    CHECK(JsonArrayStream::parse("42", 5) == QJsonValue(42));

    const Cut first2 = cut("\xEF\xBB\xBF{\"features\": [{\"n\": 1}], \"type\": \"X\"}");
    REQUIRE(first2.elements.size() == 1);
    CHECK(first2.rest.value(QStringLiteral("type")).toString() == QStringLiteral("X"));
    CHECK(cut("{\"features\": []}").elements.empty());
    CHECK(cut("{\"events\": [{}, {}]}", "events").elements.size() == 2);
    CHECK(cut("{\"type\": \"features\", \"x\": [{}]}").elements.empty()); // a value, not the key
}

TEST_CASE("JsonArrayStream: elements across read blocks, many megabytes", "[import][json]")
{
    // Elements of ~1 KB over 3 MB: many straddle the 64 KB blocks the source is read in.
    QByteArray json = "{\"features\": [\n";
    const QByteArray padding(1000, 'p');
    const int count = 3000;
    for (int i = 0; i < count; ++i)
        json += "{\"i\": " + QByteArray::number(i) + ", \"p\": \"" + padding + "\"}" +
                (i + 1 < count ? ",\n" : "\n");
    json += "], \"type\": \"FeatureCollection\"}";
    const Cut c = cut(json);
    REQUIRE(c.elements.size() == std::size_t(count));
    for (int i = 0; i < count; i += 499) {
        INFO(i);
        CHECK(c.elements[std::size_t(i)].first == i + 2);
        CHECK(JsonArrayStream::parse(c.elements[std::size_t(i)].second, 0)
                  .toObject()
                  .value(QStringLiteral("i")) == QJsonValue(i));
    }
    CHECK(c.rest.value(QStringLiteral("type")).toString() == QStringLiteral("FeatureCollection"));
}

TEST_CASE("JsonArrayStream: invalid JSON anywhere is an error at its line", "[import][json]")
{
    // In an element: the line inside the element.
    ImportError e = failure("{\"features\": [\n{\"a\": 1},\n{\"b\":\n  tru}\n]}");
    CHECK(e.line() == 4);
    CHECK(e.reason().startsWith(QStringLiteral("not valid JSON: ")));
    // Two values without a comma.
    CHECK(failure("{\"features\": [\n{\"a\": 1}\n{\"b\": 2}]}").line() == 3);
    // A missing element, a trailing comma.
    e = failure("{\"features\": [\n{},\n,{}]}");
    CHECK(e.line() == 3);
    CHECK(e.message().contains(QStringLiteral("a value is missing in the \"features\" array")));
    CHECK(failure("{\"features\": [{},\n]}").line() == 2);
    // Brackets that do not match, the file ending inside the array.
    CHECK(failure("{\"features\": [\n{\"a\": [1}\n]}").line() == 2);
    e = failure("{\"features\": [\n{\"a\": 1},\n{\"b\"");
    CHECK(e.line() == 3);
    CHECK(e.message().contains(QStringLiteral("the file ends inside the \"features\" array")));
    // Outside the array, after it: the lines of the elements are counted.
    CHECK(failure("{\"features\": [\n{},\n{}\n],\n\"type\": }").line() == 5);
    CHECK(failure("{\"type\" \"x\",\n\"features\": []}").line() == 1);
    CHECK(failure("{\"features\": [], \"features\": [{}]}")
              .message()
              .contains(QStringLiteral("two \"features\" arrays")));
    CHECK(failure("  \n ").message() == QStringLiteral("the file is empty"));
}

TEST_CASE("JsonArrayStream: an element over 16 MB is refused", "[import][json]")
{
    const QByteArray json = "{\"features\": [\n\n{\"p\": \"" +
                            QByteArray(JsonArrayStream::kMaxElementBytes, 'x') + "\"}]}";
    const ImportError e = failure(json);
    CHECK(e.line() == 3);
    CHECK(e.reason() == QStringLiteral("an element of \"features\" over 16 MB starting on line 3"));
}
