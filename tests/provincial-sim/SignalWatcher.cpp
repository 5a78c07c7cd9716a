#include "SignalWatcher.h"

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

SignalWatcher::SignalWatcher(std::function<void(int)> onSignal)
    : m_onSignal(std::move(onSignal))
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0) {
        s_fds[0] = s_fds[1] = -1;
        return;
    }
    ::fcntl(s_fds[1], F_SETFL, ::fcntl(s_fds[1], F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(s_fds[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
        unsigned char signal = 0;
        if (::read(s_fds[0], &signal, 1) == 1 && m_onSignal)
            m_onSignal(signal);
    });
}

SignalWatcher::~SignalWatcher()
{
    m_notifier.reset();
    for (int &fd : s_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool SignalWatcher::watch(int signal)
{
    if (s_fds[1] < 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = &SignalWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(signal, &action, nullptr) == 0;
}

void SignalWatcher::handle(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    if (s_fds[1] >= 0)
        [[maybe_unused]] const auto written = ::write(s_fds[1], &byte, 1);
}
