// `tigris check`: integrity_check of a project, and a repair into a new file.
#include "CliCommand.h"
#include "store/ProjectCheck.h"
#include "store/StoreError.h"

QList<CliCommand> checkCommands()
{
    static const QCommandLineOption repair(
        QStringLiteral("repair"),
        QStringLiteral("Copy every row of FILE that can still be read into the new project OUT "
                       "(which must not exist), rebuilding its indexes. FILE is not changed."));
    CliCommand command{
        QStringLiteral("check"),
        {},
        QStringLiteral("FILE [OUT]"),
        [](QCommandLineParser& p) { p.addOption(repair); },
        [](QCommandLineParser& p, QTextStream& out, QTextStream& err) {
            const QString path = p.positionalArguments().at(0);
            if (p.isSet(repair) != (p.positionalArguments().size() == 2)) {
                err << "tigris check: --repair needs FILE and OUT; without it, FILE alone\n";
                return 2;
            }
            if (p.isSet(repair)) {
                const QString target = p.positionalArguments().at(1);
                const ProjectCheck::Repair r = ProjectCheck::repair(path, target);
                for (const QString& loss : r.losses)
                    err << "tigris check: lost: " << loss << "\n";
                out << r.rowsCopied << " rows copied into " << target << "\n";
                for (const QString& problem : r.problemsAfter)
                    err << "tigris check: the copy still has a problem: " << problem << "\n";
                return r.problemsAfter.isEmpty() ? 0 : 1;
            }
            const ProjectCheck::Report r = ProjectCheck::check(path);
            if (!r.isProject)
                err << "tigris check: " << path << " is an SQLite database but not a "
                    << "Tigris project\n";
            if (r.problems.isEmpty()) {
                out << path << ": ok\n";
                return r.isProject ? 0 : 1;
            }
            out << path << ": damaged\n";
            for (const QString& problem : r.problems)
                out << "  " << problem << "\n";
            out << "`tigris check --repair " << path
                << " NEW.tigris` copies what is readable into a new project.\n";
            return 1;
        }};
    return {command};
}
