// Turns SIGINT/SIGTERM into a callback on the Qt event loop (self-pipe), so the simulator
// shuts down through QCoreApplication::quit() and closes its store cleanly.
#pragma once

#include <QtCore/QSocketNotifier>

#include <functional>
#include <memory>

class SignalWatcher
{
public:
    explicit SignalWatcher(std::function<void(int signal)> onSignal);
    ~SignalWatcher();
    SignalWatcher(const SignalWatcher &) = delete;
    SignalWatcher &operator=(const SignalWatcher &) = delete;

    // Only one SignalWatcher may exist at a time.
    [[nodiscard]] bool watch(int signal);

private:
    static void handle(int signal);

    static inline int s_fds[2] = {-1, -1};
    std::function<void(int)> m_onSignal;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
