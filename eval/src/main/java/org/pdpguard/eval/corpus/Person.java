package org.pdpguard.eval.corpus;

import java.time.LocalDate;

/**
 * One synthetic person whose values agree with each other: the CCCD carries the sex and birth year,
 * the e-mail and handle are made from the name, the BHYT code ends with the BHXH code.
 */
record Person(
    Names.Name name,
    boolean female,
    LocalDate birth,
    Addresses.Place home,
    Addresses.Place hometown,
    String cccd,
    String cmnd,
    String mst,
    String bhxh,
    String bhyt,
    String passport,
    String licence,
    String plate,
    String phoneNine,
    String email,
    String handle,
    Banks.Bank bank,
    String account,
    String card,
    String ethnicity,
    String religion,
    String marital) {

  /** A person born between 1950 and 2007, seen on {@link #AS_OF}. */
  static Person next(Dice d) {
    boolean female = d.chance(0.5);
    Names.Name name = Names.next(d, female);
    int year = d.chance(0.85) ? d.between(1965, 2004) : d.between(1950, 2007);
    LocalDate birth = LocalDate.of(year, 1, 1).plusDays(d.below(365));
    String bhxh = Ids.bhxh(d);
    String phone = Contacts.mobileDigits(d);
    Banks.Bank bank = Banks.bank(d);
    return new Person(
        name,
        female,
        birth,
        Addresses.place(d),
        Addresses.place(d),
        Ids.cccd(d, female, year),
        Ids.cmnd(d),
        d.chance(0.85) ? Ids.mst(d) : Ids.mst13(d),
        bhxh,
        d.chance(0.6) ? Ids.bhytOld(d, bhxh) : bhxh,
        Ids.passport(d),
        Ids.driverLicense(d),
        Ids.plate(d),
        phone,
        Contacts.email(d, name, year),
        Accounts.handle(d, name, year),
        bank,
        Banks.account(d, bank, phone),
        d.chance(0.65) ? Banks.napasCard(d, bank) : Banks.internationalCard(d),
        d.chance(0.5) ? "Kinh" : d.pick(Terms.ETHNIC_GROUPS),
        d.pick(Terms.RELIGIONS),
        d.pick(Terms.MARITAL));
  }

  /** The date documents are dated around; ages are counted to it. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  int age() {
    return java.time.Period.between(birth, AS_OF).getYears();
  }

  int year() {
    return birth.getYear();
  }

  String full() {
    return name.full();
  }

  /** The name in a given form. */
  String name(Names.Form f) {
    return Names.write(name, f);
  }
}
