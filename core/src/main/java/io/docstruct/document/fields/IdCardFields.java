package io.docstruct.document.fields;

import io.docstruct.document.Field;
import io.docstruct.geometry.Quad;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key fields of an identity document: a national ID card ({@code ic}), driver's license ({@code dl}),
 * passport ({@code pp}) or alien registration card ({@code ac}); normally exactly one is present. Dates have
 * {@code normalized} {@code yyyy-MM-dd} when the provider gave every part. {@code toString()} masks personal
 * numbers (first 6 / last 1 kept) and MRZ lines (fully), in this record and in the nested ones.
 *
 * <pre>{@code
 * IdCardFields f = (IdCardFields) page.fields();
 * if (f.type() == IdCardType.ID_CARD) System.out.println(f.ic().issueDate().get(0).normalized()); // 2011-03-06
 * }</pre>
 *
 * @param language the language the provider estimated, if given
 * @param confident whether the provider found every required field of the detected kind ({@code isConfident})
 * @param type the detected kind ({@code idtype} / {@code IDType})
 * @param rois regions of interest, page pixels
 * @param ic national ID card, when read
 * @param dl driver's license, when read
 * @param pp passport, when read
 * @param ac alien registration card, when read
 */
public record IdCardFields(
    @Nullable String language,
    @Nullable Boolean confident,
    IdCardType type,
    List<Quad> rois,
    @Nullable NationalIdCard ic,
    @Nullable DriverLicense dl,
    @Nullable PassportPage pp,
    @Nullable AlienCard ac)
    implements DocumentFields {

  public IdCardFields {
    rois = List.copyOf(rois);
  }

  @Override
  public List<NamedField> namedFields() {
    NamedFieldList out = new NamedFieldList();
    if (ic != null) {
      out.addNamed(ic.namedFields("ic."));
    }
    if (dl != null) {
      out.addNamed(dl.namedFields("dl."));
    }
    if (pp != null) {
      out.addNamed(pp.namedFields("pp."));
    }
    if (ac != null) {
      out.addNamed(ac.namedFields("ac."));
    }
    return out.toList();
  }

  /** Masks personal numbers (first 6 / last 1 kept) and MRZ lines (fully). */
  @Override
  public String toString() {
    return PersonalNumbers.describe(
        "IdCardFields",
        "type=" + type + ", confident=" + confident,
        namedFields(),
        IdCardFields::maskFor);
  }

  static PersonalNumbers.Mask maskFor(String name) {
    String member = name.substring(name.lastIndexOf('.') + 1);
    if (member.startsWith("personalNum") || member.startsWith("alienRegNum")) {
      return PersonalNumbers.Mask.RESIDENT;
    }
    return member.startsWith("MRZ") ? PersonalNumbers.Mask.FULL : PersonalNumbers.Mask.NONE;
  }

  /**
   * A Korean resident registration card ({@code ic}).
   *
   * <pre>{{@code
   * String name = f.ic().name().get(0).text();
   * }}</pre>
   *
   * @param name name (Korean)
   * @param personalNum resident registration number (personal data)
   * @param address address
   * @param issueDate date of issue
   * @param authority issuing authority
   */
  public record NationalIdCard(
      List<Field> name,
      List<Field> personalNum,
      List<Field> address,
      List<Field> issueDate,
      List<Field> authority) {

    public NationalIdCard {
      name = List.copyOf(name);
      personalNum = List.copyOf(personalNum);
      address = List.copyOf(address);
      issueDate = List.copyOf(issueDate);
      authority = List.copyOf(authority);
    }

    /** The fields under {@code prefix} ({@code "ic."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .addAll(prefix + "name", name)
          .addAll(prefix + "personalNum", personalNum)
          .addAll(prefix + "address", address)
          .addAll(prefix + "issueDate", issueDate)
          .addAll(prefix + "authority", authority)
          .toList();
    }

    /** Masks personal numbers and MRZ lines. */
    @Override
    public String toString() {
      return PersonalNumbers.describe("NationalIdCard", "", namedFields(""), IdCardFields::maskFor);
    }
  }

  /**
   * A Korean driver's license ({@code dl}).
   *
   * <pre>{{@code
   * String num = f.dl().num().get(0).text();
   * }}</pre>
   *
   * @param type license types
   * @param num license number
   * @param name name (Korean)
   * @param personalNum resident registration number (personal data)
   * @param address address
   * @param renewStartDate start of the renewal period
   * @param renewEndDate end of the renewal period
   * @param condition license conditions
   * @param code license code
   * @param organDonation organ donation registration
   * @param issueDate date of issue
   * @param authority issuing authority
   */
  public record DriverLicense(
      List<Field> type,
      List<Field> num,
      List<Field> name,
      List<Field> personalNum,
      List<Field> address,
      List<Field> renewStartDate,
      List<Field> renewEndDate,
      List<Field> condition,
      List<Field> code,
      List<Field> organDonation,
      List<Field> issueDate,
      List<Field> authority) {

    public DriverLicense {
      type = List.copyOf(type);
      num = List.copyOf(num);
      name = List.copyOf(name);
      personalNum = List.copyOf(personalNum);
      address = List.copyOf(address);
      renewStartDate = List.copyOf(renewStartDate);
      renewEndDate = List.copyOf(renewEndDate);
      condition = List.copyOf(condition);
      code = List.copyOf(code);
      organDonation = List.copyOf(organDonation);
      issueDate = List.copyOf(issueDate);
      authority = List.copyOf(authority);
    }

    /** The fields under {@code prefix} ({@code "dl."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .addAll(prefix + "type", type)
          .addAll(prefix + "num", num)
          .addAll(prefix + "name", name)
          .addAll(prefix + "personalNum", personalNum)
          .addAll(prefix + "address", address)
          .addAll(prefix + "renewStartDate", renewStartDate)
          .addAll(prefix + "renewEndDate", renewEndDate)
          .addAll(prefix + "condition", condition)
          .addAll(prefix + "code", code)
          .addAll(prefix + "organDonation", organDonation)
          .addAll(prefix + "issueDate", issueDate)
          .addAll(prefix + "authority", authority)
          .toList();
    }

    /** Masks personal numbers and MRZ lines. */
    @Override
    public String toString() {
      return PersonalNumbers.describe("DriverLicense", "", namedFields(""), IdCardFields::maskFor);
    }
  }

  /**
   * A passport data page read by ID Card OCR ({@code pp}).
   *
   * <pre>{{@code
   * String line1 = f.pp().mrz1().get(0).text();
   * }}</pre>
   *
   * @param type passport type
   * @param issueCountry issuing country
   * @param num passport number
   * @param surName surname
   * @param givenName given names
   * @param nationality nationality
   * @param birthDate date of birth
   * @param personalNum personal number (personal data)
   * @param sex sex
   * @param issueDate date of issue
   * @param expireDate date of expiry
   * @param authority issuing authority
   * @param fullNameKor name (Korean)
   * @param mrz1 MRZ line 1 (personal data)
   * @param mrz2 MRZ line 2 (personal data)
   */
  public record PassportPage(
      List<Field> type,
      List<Field> issueCountry,
      List<Field> num,
      List<Field> surName,
      List<Field> givenName,
      List<Field> nationality,
      List<Field> birthDate,
      List<Field> personalNum,
      List<Field> sex,
      List<Field> issueDate,
      List<Field> expireDate,
      List<Field> authority,
      List<Field> fullNameKor,
      List<Field> mrz1,
      List<Field> mrz2) {

    public PassportPage {
      type = List.copyOf(type);
      issueCountry = List.copyOf(issueCountry);
      num = List.copyOf(num);
      surName = List.copyOf(surName);
      givenName = List.copyOf(givenName);
      nationality = List.copyOf(nationality);
      birthDate = List.copyOf(birthDate);
      personalNum = List.copyOf(personalNum);
      sex = List.copyOf(sex);
      issueDate = List.copyOf(issueDate);
      expireDate = List.copyOf(expireDate);
      authority = List.copyOf(authority);
      fullNameKor = List.copyOf(fullNameKor);
      mrz1 = List.copyOf(mrz1);
      mrz2 = List.copyOf(mrz2);
    }

    /** The fields under {@code prefix} ({@code "pp."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .addAll(prefix + "type", type)
          .addAll(prefix + "issueCountry", issueCountry)
          .addAll(prefix + "num", num)
          .addAll(prefix + "surName", surName)
          .addAll(prefix + "givenName", givenName)
          .addAll(prefix + "nationality", nationality)
          .addAll(prefix + "birthDate", birthDate)
          .addAll(prefix + "personalNum", personalNum)
          .addAll(prefix + "sex", sex)
          .addAll(prefix + "issueDate", issueDate)
          .addAll(prefix + "expireDate", expireDate)
          .addAll(prefix + "authority", authority)
          .addAll(prefix + "fullNameKor", fullNameKor)
          .addAll(prefix + "MRZ1", mrz1)
          .addAll(prefix + "MRZ2", mrz2)
          .toList();
    }

    /** Masks personal numbers and MRZ lines. */
    @Override
    public String toString() {
      return PersonalNumbers.describe("PassportPage", "", namedFields(""), IdCardFields::maskFor);
    }
  }

  /**
   * A Korean alien registration card ({@code ac}).
   *
   * <pre>{{@code
   * String visa = f.ac().visaType().get(0).text();
   * }}</pre>
   *
   * @param alienRegNum alien registration number (personal data)
   * @param sex sex
   * @param name name
   * @param nationality nationality
   * @param visaType visa type
   * @param issueDate date of issue
   * @param authority issuing authority
   * @param authorityEng issuing authority (English)
   * @param alienRegNumEtc further alien registration number text (personal data)
   */
  public record AlienCard(
      List<Field> alienRegNum,
      List<Field> sex,
      List<Field> name,
      List<Field> nationality,
      List<Field> visaType,
      List<Field> issueDate,
      List<Field> authority,
      List<Field> authorityEng,
      List<Field> alienRegNumEtc) {

    public AlienCard {
      alienRegNum = List.copyOf(alienRegNum);
      sex = List.copyOf(sex);
      name = List.copyOf(name);
      nationality = List.copyOf(nationality);
      visaType = List.copyOf(visaType);
      issueDate = List.copyOf(issueDate);
      authority = List.copyOf(authority);
      authorityEng = List.copyOf(authorityEng);
      alienRegNumEtc = List.copyOf(alienRegNumEtc);
    }

    /** The fields under {@code prefix} ({@code "ac."}). */
    public List<NamedField> namedFields(String prefix) {
      return new NamedFieldList()
          .addAll(prefix + "alienRegNum", alienRegNum)
          .addAll(prefix + "sex", sex)
          .addAll(prefix + "name", name)
          .addAll(prefix + "nationality", nationality)
          .addAll(prefix + "visaType", visaType)
          .addAll(prefix + "issueDate", issueDate)
          .addAll(prefix + "authority", authority)
          .addAll(prefix + "authorityEng", authorityEng)
          .addAll(prefix + "alienRegNumEtc", alienRegNumEtc)
          .toList();
    }

    /** Masks personal numbers and MRZ lines. */
    @Override
    public String toString() {
      return PersonalNumbers.describe("AlienCard", "", namedFields(""), IdCardFields::maskFor);
    }
  }
}
