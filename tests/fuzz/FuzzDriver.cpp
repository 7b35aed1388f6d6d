// Stands in for libFuzzer's main() when the build is not instrumented (GCC, the normal
// test build): replays the seed files, then feeds seeded random mutations of them for a
// bounded time. A crash or an unexpected exception fails the run; the input that caused
// it is written to ./fuzz-crash-<target> first so that it can be replayed.
// Understands the libFuzzer flags a smoke run needs: -max_total_time=S, -runs=N, -seed=N.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

QByteArray current;
const char* targetName = "fuzz";

void saveCurrent()
{
    const QString path = QStringLiteral("fuzz-crash-%1").arg(QString::fromLatin1(targetName));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(current);
    std::fprintf(stderr, "fuzz: input that failed written to %s\n", qPrintable(path));
}

void run(const QByteArray& input)
{
    current = input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()),
                           std::size_t(input.size()));
}

QByteArray mutate(QByteArray in, const std::vector<QByteArray>& seeds, std::mt19937_64& rng)
{
    auto below = [&](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng() % n); };
    static const char* const tokens[] = {"\"",  ",",    ";",      "\t",    "\n",       "\r\n",
                                         "{",   "}",    "[",      "]",     ":",        "<",
                                         ">",   "</",   "-",      "0",     "95",       "-181",
                                         "1e309", "NaN", "null",  "\xEF\xBB\xBF", "\xFF\xFE",
                                         "\xC3", "2014-06-10", "0000-00-00", "<![CDATA["};
    const int edits = 1 + int(rng() % 8);
    for (int e = 0; e < edits; ++e) {
        switch (rng() % 7) {
        case 0: // flip a byte
            if (!in.isEmpty()) in[below(in.size())] = char(rng());
            break;
        case 1: // insert a token that parsers care about
            in.insert(below(in.size() + 1), tokens[rng() % (sizeof tokens / sizeof *tokens)]);
            break;
        case 2: // delete a run
            if (!in.isEmpty()) {
                const qsizetype at = below(in.size());
                in.remove(at, 1 + below(qMin<qsizetype>(64, in.size() - at)));
            }
            break;
        case 3: // truncate
            in.truncate(below(in.size() + 1));
            break;
        case 4: // duplicate a chunk
            if (!in.isEmpty()) {
                const qsizetype at = below(in.size());
                in.insert(below(in.size()), in.mid(at, 1 + below(256)));
            }
            break;
        case 5: // splice another seed in
            if (!seeds.empty()) {
                const QByteArray& other = seeds[rng() % seeds.size()];
                in = in.left(below(in.size() + 1)) + other.mid(below(other.size()));
            }
            break;
        default: // random bytes
            for (int k = 0, n = 1 + int(rng() % 16); k < n; ++k)
                in.insert(below(in.size() + 1), char(rng()));
        }
    }
    return in;
}

} // namespace

int main(int argc, char** argv)
{
    targetName = argc > 0 ? argv[0] : "fuzz";
    if (const char* slash = std::strrchr(targetName, '/')) targetName = slash + 1;
    double seconds = 5;
    long long runs = -1;
    std::uint64_t seed = 1;
    std::vector<QByteArray> seeds;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("-max_total_time="))
            seconds = arg.mid(16).toDouble();
        else if (arg.startsWith("-runs="))
            runs = arg.mid(6).toLongLong();
        else if (arg.startsWith("-seed="))
            seed = arg.mid(6).toULongLong();
        else if (arg.startsWith('-'))
            continue; // other libFuzzer flags mean nothing here
        else {
            QStringList files;
            const QString path = QString::fromLocal8Bit(arg);
            if (QFileInfo(path).isDir()) {
                QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext()) files << it.next();
                files.sort();
            } else {
                files << path;
            }
            for (const QString& f : files) {
                QFile file(f);
                if (file.open(QIODevice::ReadOnly)) seeds.push_back(file.readAll());
            }
        }
    }
    std::set_terminate([] {
        std::fprintf(stderr, "fuzz: unexpected exception escaped the importer\n");
        saveCurrent();
        std::abort();
    });
    std::mt19937_64 rng(seed);
    long long done = 0;
    run(QByteArray());
    for (const QByteArray& s : seeds) run(s), ++done;
    QElapsedTimer clock;
    clock.start();
    while ((runs < 0 || done < runs) && clock.elapsed() < seconds * 1000) {
        const QByteArray base = seeds.empty() ? QByteArray() : seeds[rng() % seeds.size()];
        run(mutate(base, seeds, rng));
        ++done;
    }
    std::fprintf(stderr, "fuzz: %s: %lld inputs (%zu seeds, seed %llu) in %.1f s, no failure\n",
                 targetName, done, seeds.size(), static_cast<unsigned long long>(seed),
                 clock.elapsed() / 1000.0);
    return 0;
}
