// libFuzzer target for the chip-card QR parser: any bytes a scanner (or a broken keyboard
// layout) could type must be refused or accepted cleanly, never crash, hang or assert.
#include "core/Cccd.h"
#include "identity/CccdQr.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using motcua::CccdQr;

namespace {
// Aborts so that libFuzzer records the input that broke an invariant.
void require(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString scan = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)CccdQr::looksLikeScan(scan);
    const auto card = CccdQr::parse(scan);
    if (!card) {
        require(!card.error().code.isEmpty() && !card.error().message.isEmpty());
        return 0;
    }
    // Whatever is accepted is a consistent card.
    require(card->id.size() == 12);
    require(card->dateOfBirth.isValid() && card->issueDate.isValid());
    require(card->issueDate >= card->dateOfBirth);
    require(card->sex != motcua::Sex::Unknown);
    require(!card->fullName.isEmpty());
    for (const QString *text : {&card->fullName, &card->address})
        for (const QChar c : *text)
            require(c.category() != QChar::Other_Control && c != QChar::ReplacementCharacter
                    && !c.isSurrogate());
    require(motcua::Cccd::check(card->id, card->dateOfBirth, card->sex).has_value());
    require(CccdQr::looksLikeScan(scan));
    (void)QJsonDocument(CccdQr::toJson(*card)).toJson(QJsonDocument::Compact);
    return 0;
}
