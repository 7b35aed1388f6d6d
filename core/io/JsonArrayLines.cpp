#include "io/JsonArrayLines.h"

std::vector<qint64> jsonArrayElementLines(const QByteArray& bytes, const QByteArray& key)
{
    std::vector<qint64> lines;
    std::vector<char> stack;
    qint64 line = 1;
    bool inString = false, escaped = false;
    QByteArray rootString;      // the last string read directly in the root object
    bool inArray = false;       // inside the root's array `key`
    bool expectElement = false; // the next value starts an element of that array
    for (char c : bytes) {
        if (c == '\n') ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            else if (stack.size() == 1)
                rootString.append(c);
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (inArray && stack.size() == 2 && expectElement && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
            if (stack.size() == 1) rootString.clear();
        } else if (c == '{' || c == '[') {
            if (c == '[' && stack.size() == 1) {
                inArray = rootString == key;
                expectElement = inArray;
            }
            stack.push_back(c);
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
            if (stack.size() == 1) inArray = false;
        } else if (c == ',' && inArray && stack.size() == 2) {
            expectElement = true;
        }
    }
    return lines;
}
