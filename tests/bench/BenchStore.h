// A benchmark's store, built once and kept between runs: DIR/bench-NAME-N/motcua.db, where DIR is
// $MOTCUA_BENCH_DIR or the program's folder. Header only.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <functional>

// Builds the store with `build` when it is missing or when the program was given "rebuild", and
// says how long that took; returns the store's path.
inline QString benchStore(const QString &name, qint64 n,
                          const std::function<void(motcua::Database &)> &build)
{
    const QString parent = qEnvironmentVariableIsSet("MOTCUA_BENCH_DIR")
                               ? qEnvironmentVariable("MOTCUA_BENCH_DIR")
                               : QCoreApplication::applicationDirPath();
    const QString dir = QDir(parent).filePath(QStringLiteral("bench-%1-%2").arg(name).arg(n));
    const QString path = QDir(dir).filePath(QStringLiteral("motcua.db"));
    if (QCoreApplication::arguments().contains(QStringLiteral("rebuild")) || !QFile::exists(path)) {
        QDir(dir).removeRecursively();
        QDir().mkpath(dir);
        auto fresh = motcua::Database::open(path);
        if (!fresh)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(fresh.error().detail));
        QElapsedTimer t;
        t.start();
        build(**fresh);
        QTextStream(stdout) << "built " << n << " dossiers in " << t.elapsed() << " ms: " << path
                            << Qt::endl;
    }
    return path;
}
