// libFuzzer target for the provincial system's answers (docs/protocol.md): whatever bytes come
// back, with whatever HTTP status, the sign-in, push and progress parsers must refuse them with
// an error or accept a consistent answer, never crash, hang or assert.
//
// Input: byte 0 picks the HTTP status, byte 1 the number of records the push sent, byte 2 the
// progress cursor asked from; the rest is the body.
#include "sync/ProgressPuller.h"
#include "sync/ProvincialApi.h"

#include <cstdint>
#include <cstdlib>
#include <iterator>

using motcua::ProgressPuller;
using motcua::ProvincialApi;

namespace {
void require(bool condition)
{
    if (!condition)
        std::abort();
}

void requireError(const motcua::Error &e)
{
    require(!e.code.isEmpty() && !e.message.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    static constexpr int kStatuses[] = {200, 200, 200, 200, 400, 401, 404, 409, 422, 429, 500, 503};
    const int status = kStatuses[data[0] % std::size(kStatuses)];
    const qsizetype count = data[1] % 16;
    const qint64 from = data[2];
    const QByteArray body(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    const auto reply = ProvincialApi::parseReply(status, body, 0);
    if (!reply) {
        requireError(reply.error());
    } else {
        require(reply->httpStatus == status);
        require(reply->body.value(QStringLiteral("error_code")).isDouble());
    }

    const auto session = ProvincialApi::parseLoginReply(reply, QStringLiteral("canbo01"));
    if (session)
        require(!session->session.isEmpty() && !session->role.isEmpty() && reply && status == 200);
    else
        requireError(session.error());

    const auto answers = ProvincialApi::parsePushReply(reply, count);
    if (answers)
        require(answers->size() == count && reply && status == 200);
    else
        requireError(answers.error());

    if (reply) {
        const auto page = ProgressPuller::parsePage(*reply, from);
        if (!page) {
            requireError(page.error());
            return 0;
        }
        require(page->next >= from);
        for (const motcua::ProgressEvent &e : page->events)
            require(e.cursor > from && !e.dossierCode.isEmpty());
        require(page->next >= (page->events.isEmpty() ? from : page->events.constLast().cursor));
    }
    return 0;
}
