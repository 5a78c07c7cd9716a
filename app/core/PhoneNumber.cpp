#include "PhoneNumber.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
};
} // namespace

Result<QString> normalizePhoneNumber(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')')
            continue;
        digits.append(c);
    }
    if (digits.startsWith(u"+84"))
        digits = u'0' + digits.mid(3);
    else if (digits.startsWith(u"84") && digits.size() == 11)
        digits = u'0' + digits.mid(2);
    const bool ok = digits.size() == 10 && digits.startsWith(u'0') && digits.at(1) != u'0'
                    && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
                           return c >= u'0' && c <= u'9';
                       });
    if (!ok)
        return fail(u"phone.invalid"_s,
                    Tr::tr("The phone number should have 10 digits and start with 0 (for example "
                           "0912 345 678). Check it with the citizen."));
    return digits;
}

} // namespace motcua
