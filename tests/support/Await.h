// Runs an asynchronous call of the client API to completion (at most 30 s), for assertions in
// integration tests. No GUI code uses this: it spins a nested event loop.
#pragma once

#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

template<typename R>
R await(const std::function<void(std::function<void(R)>)> &start)
{
    std::optional<R> result;
    QEventLoop loop;
    start([&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        qFatal("the call did not finish");
    return std::move(*result);
}

// A one-time code that is certainly not `right`.
inline QString wrongCode(const QString &right)
{
    return right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}
