#include "io/HtmlText.h"

#include "TestCatch.h"

TEST_CASE("HtmlText: tags dropped, never interpreted; entities decoded", "[import][html]")
{
    using HtmlText::toPlain;
    CHECK(toPlain(QStringLiteral("  Mosul falls ")) == QStringLiteral("Mosul falls"));
    CHECK(toPlain(QStringLiteral("<b>Mosul</b> falls")) == QStringLiteral("Mosul falls"));
    // Paragraphs keep a blank line between them, as a browser shows them.
    CHECK(toPlain(QStringLiteral("<p>One</p><p>Two<br/>Three</p>")) ==
          QStringLiteral("One\n\nTwo\nThree"));
    CHECK(toPlain(QStringLiteral("<a href=\"javascript:alert(1)\">link</a>")) ==
          QStringLiteral("link"));
    CHECK(toPlain(QStringLiteral("a<script>alert('x')</script>b<style>p{}</style>c")) ==
          QStringLiteral("abc"));
    CHECK(toPlain(QStringLiteral("x<!-- <b>hidden</b> -->y")) == QStringLiteral("xy"));
    CHECK(toPlain(QStringLiteral("AT&amp;T &lt;b&gt; &#1605;&#x648; &nbsp;&mdash;")) ==
          QStringLiteral("AT&T <b> \u0645\u0648 \u2014"));
    CHECK(toPlain(QStringLiteral("casualties < 10 & rising")) ==
          QStringLiteral("casualties < 10 & rising"));
    CHECK(toPlain(QStringLiteral("&#0; &bogus; &#xD800;")) ==
          QStringLiteral("&#0; &bogus; &#xD800;"));
    CHECK(toPlain(QStringLiteral("unclosed <b")) == QStringLiteral("unclosed <b"));
}
