/**
 * Weighted text patterns: what a field's label, placeholder and attribute names say it asks for.
 *
 * Labels are matched after `normaliseText` (lower case, Latin diacritics folded: "prénom" → "prenom"); attribute
 * names after `attributeWords` ("job_application[first_name]" → "job application first name"). A rule scores its
 * weight times the strength of the text it matched (label > placeholder > preceding text > attribute name), and
 * a matching `not` pattern vetoes it. More specific rules carry more weight, so "Confirm email" (0.95) beats
 * "email" (0.9) and "Referee email" (0.97, someone else's) beats both.
 */
import type { FieldKind, LeaveAloneReason } from '../fields/kinds';

export type Target = FieldKind | `leave:${LeaveAloneReason}`;
export type Section = 'education' | 'work' | 'other';

export interface TextRule {
  target: Target;
  weight: number;
  /** Over the human-readable texts (labels, placeholder, preceding text, description). */
  label?: RegExp;
  /** Over the words of name, id and data-* attributes. */
  attr?: RegExp;
  /** Any human text matching this vetoes the rule. */
  not?: RegExp;
  /** Any attribute (name, id, data-*) matching this vetoes the rule everywhere. */
  attrNot?: RegExp;
  /** A label with more words than this is a question, not this field's name ("…to work in the US?" is not "To"). */
  maxWords?: number;
  /** Only in these sections (education/work rows). */
  sections?: Section[];
  /** Only for these controls/types: 'checkbox', 'radio', 'file', 'select', 'textarea', 'text' (any text-like input). */
  shapes?: Shape[];
}
export type Shape = 'text' | 'textarea' | 'select' | 'checkbox' | 'radio' | 'file';

const TEXTY: Shape[] = ['text', 'textarea', 'select'];
const TEXT_ONLY: Shape[] = ['text', 'textarea'];

// Shared vocabularies.
/** Section headings and legends that make a block about someone else (stricter than labels). */
const OTHER_PERSON_SECTION =
  /\b(referees?|references|reference (writers?|letters?|contacts?|details|information)|recommenders?|letters? of (recommendation|reference)|letter writers?|emergency contacts?|next of kin|spouse|guardian|parent ?\/ ?guardian|co-?authors?|coauthors?|other authors?|authors? \d+|author information|advisors?|advisers?|supervisors?|nominator|nominee|recommendations?|endorsements?|invite (a )?(colleague|friend)|supervisor (details|information)|manager (details|information))\b|推荐人|推薦人|紧急联系人/;
const OTHER_PERSON =
  /\b(referee|references?|recommenders?|recommendation|letter writers?|referent|referencia|gutachter|emergency contact|next of kin|spouse|partner'?s|guardian|parent'?s|supervisor'?s|manager'?s|advisor'?s|adviser'?s|hiring manager|friend's|colleagues?|colleague's|vouch\w*|endorser|invitee|nominator|nominee|co-?authors?|coauthors?|someone (else|you admire)|you admire|admire)\b|推荐人|推薦人|联系人|紧急/;
const CONFIRM =
  /\b(confirm|confirmation|re-?enter|re-?type|retype|repeat|again|verify|verification|re-?saisir|confirmer|bestatig|wiederhol|confirmar|repetir|repita)\w*|确认|確認|再次|再入力/;

/** When a row (education or work) began: the same words in both sections. */
const START_LABEL = /\b(start|from|begin|started|start (date|year|month)|beginn|debut|desde|inicio)\b|开始|起始/;
const START_ATTR = /\b(start|from|begin|start date|start year|start month)\b/;
export const TEXT_RULES: TextRule[] = [
  // ---- never fill -------------------------------------------------------------------------------------------
  {
    target: 'leave:password',
    weight: 0.99,
    label:
      /\b(password|passwort|kennwort|mot de passe|contrasena|passcode|pass phrase|passphrase|pin)\b|密码|密碼|パスワード|비밀번호/,
    attr: /\b(password|passwd|pwd|pass|passwort)\b|password/,
    not: /\bone[- ]time (password|pin|code) (will be|is|gets) sent|\bwe('ll| will) send\b/,
  },
  {
    target: 'leave:oneTimeCode',
    weight: 0.97,
    label:
      /\b(one[- ]time|otp|2fa|two[- ]factor|verification code|auth(entication)? code|security code sent|sms code|code sent|enter (the )?code|totp)\b|短信验证码|手机验证码|動態密碼/,
    attr: /\b(otp|totp|2fa|mfa|one time code|verification code|sms code)\b/,
    not: /\b(card|cvv|cvc|(password|code|pin) will be sent)\b/,
  },
  {
    target: 'leave:username',
    weight: 0.93,
    label:
      /\b(member(ship)? (number|no|id)|customer (number|no|id)|client (number|no|id)|account (number|no)|loyalty (number|card)|rewards? (number|id)|student (number|id)|employee (number|id)|matriculation)\b/,
    attr: /\b(member ?id|membership|customer ?id|client ?id|account ?number|loyalty)\b/,
    not: /\b(card ?number|credit|debit)\b/,
  },
  {
    target: 'leave:unknown',
    weight: 0.93,
    label: /^(company|company name|business name|firma|entreprise|empresa|societe)( optional)?$/,
    attr: /^(company|company name|business name|shipping address company|billing address company)$/,
  },
  {
    target: 'leave:captcha',
    weight: 0.98,
    label:
      /\b(captcha|recaptcha|characters (you see|shown|in the image)|security question|are you (a )?human|anti-?spam|spam check|what is \d+ ?[+x*-] ?\d+|sicherheitscode|zeichen (eingeben|im bild)|saisissez les caracteres|caracteres (affiches|de l'image|de la imagen)|(introduzca|introduce|escriba|ingrese|ingresa|teclee) (los caracteres|el texto|el codigo) (que ve|de la imagen|mostrad[oa]s?)|(introduzca|escriba|ingrese|teclee) los caracteres|recopiez les caracteres|geben sie die zeichen|codigo de verificacion|code de verification)\b|验证码|驗證碼|認証コード|画像認証|画像の文字|보안문자|자동입력 ?방지/,
    attr: /\b(captcha|recaptcha|hcaptcha)\b/,
  },
  {
    target: 'leave:honeypot',
    weight: 0.99,
    label:
      /\b(leave (this )?(field )?(blank|empty)|do not (fill|enter|change)|don'?t (fill|enter)|keep (this )?(field )?(blank|empty)|if you are (a )?human|humans? (should|must) not)\b/,
    attr: /\b(honey ?pot|hpot|hp field|hp|bot ?(trap|check|field)|trap|gotcha|spam ?(trap|check)|ak hp|leave ?blank|do ?not ?fill|nospam|antispam)\b/,
  },
  {
    target: 'leave:payment',
    weight: 0.97,
    label:
      /\b(card ?(number|no|holder|holder'?s name|security|verification|expir\w*|type|name)|credit ?card|debit ?card|name on (the )?card|cardholder|cvv2?|cvc2?|csc|cid|security code|expir(y|ation|es)( date)?|exp\.? (date|month|year)|valid (thru|through|until)|mm ?\/ ?yy|iban|bic|swift|routing|bank account|sort code|kartennummer|numero de (la )?carte|numero de tarjeta|ablaufdatum|gultig bis|d ?expiration|fecha de (caducidad|vencimiento)|titular|paypal|gift ?card|promo ?code|coupon|voucher|discount code|tarjeta( de (credito|debito))?|numero de la tarjeta|codigo de seguridad|(fecha de )?(vencimiento|caducidad|expiracion)|carte (bancaire|de credit|de paiement)|cryptogramme( visuel)?|kreditkarte|karten(inhaber|prufnummer|nummer)|prufziffer|prufnummer)\b|卡号|卡號|信用卡|银行卡|銀行卡|持卡人|安全码|安全碼|有效期|到期日|カード番号|カード名義|セキュリティコード|有効期限|카드 ?번호|보안 ?코드|유효 ?기간/,
    attr: /\b(cc|card|credit card|cardnumber|card number|cvv|cvc|csc|exp|expiry|expiration|exp month|exp year|cc exp|cc name|cc number|holder|iban|routing|coupon|promo|voucher|gift card|giftcard)\b/,
    not: /\b(no|not|without) (a )?credit card|credit card (is )?not required|no card required/,
  },
  {
    target: 'leave:nationalId',
    weight: 0.97,
    label:
      /\b(ssn|social security|social insurance|sin number|passport|national (id|identity|insurance)|identity (card|number)|id (card|number)|tax (id|number)|tin|nif|nie|dni|cpf|rfc|curp|aadhaar|personnummer|steuer|personalausweis|driver'?s licen[cs]e|licen[cs]e number)\b|身份证|身份證|护照/,
    attr: /\b(ssn|social security|passport|national id|tax id|dni|cpf|nif|driver licen[cs]e)\b/,
  },
  {
    target: 'leave:citizenship',
    weight: 0.97,
    label:
      /\b(nationality|nationalities|citizenship|citizen of|country of citizenship|staatsangehorigkeit|nationalite|nacionalidad)\b|国籍/,
    attr: /\b(nationality|citizenship)\b/,
  },
  {
    target: 'leave:dateOfBirth',
    weight: 0.97,
    label:
      /\b(birth|birthday|birthdate|date of birth|dob|born|age|geburt\w*|naissance|nacimiento|cumpleanos)\b|出生|生日|誕生|생년/,
    attr: /\b(birth|birthday|birthdate|bday|dob|date of birth|birth (day|month|year|date)|age|geburtsdatum)\b/,
  },
  {
    target: 'leave:gender',
    weight: 0.96,
    label: /\b(gender|sex|sexual orientation|geschlecht|sexe|genero|sexo|anrede des|transgender)\b|性别|性別/,
    attr: /\b(gender|sex|geschlecht)\b/,
  },
  {
    target: 'leave:race',
    weight: 0.96,
    label: /\b(race|racial|ethnic\w*|hispanic|latino|heritage)\b|民族/,
    attr: /\b(race|ethnicity|ethnic)\b/,
  },
  {
    target: 'leave:veteran',
    weight: 0.96,
    label: /\b(veteran|military|armed forces)\b/,
    attr: /\b(veteran|military)\b/,
  },
  {
    target: 'leave:disability',
    weight: 0.96,
    label: /\b(disabilit\w*|disabled|handicap\w*|behinderung)\b/,
    attr: /\b(disability|disabled)\b/,
  },
  {
    target: 'leave:salary',
    weight: 0.95,
    label:
      /\b(salary|compensation|desired pay|expected pay|pay expectation|remuneration|wage|gehalt|salaire|salario)\b|薪/,
    attr: /\b(salary|compensation|wage)\b/,
  },
  {
    target: 'leave:referral',
    weight: 0.95,
    label:
      /\b(how did you (hear|find|learn)|where did you (hear|find|learn|see)|referral source|referred by|source of (application|referral)|how you heard|wie haben sie|comment avez-vous|como se entero)\b/,
    attr: /\b(referral|referrer|hear about|how did you hear|source)\b/,
  },
  {
    target: 'leave:otherPerson',
    weight: 0.97,
    label: OTHER_PERSON,
    attr: /\b(referee|reference|recommender|emergency|guardian|spouse|supervisor|manager|advisor|coauthor|co author|invitee|friend)\b/,
    not: /\b(reference (number|code|id)|your reference|job reference|requisition)\b/,
  },
  {
    target: 'leave:consent',
    weight: 0.9,
    label:
      /\b(i agree|i accept|i consent|i confirm|i certify|i acknowledge|i have read|i understand|agree to|accept the|terms|conditions|privacy|consent|gdpr|newsletter|subscribe|marketing|keep me (informed|updated)|remember me|stay signed in|keep me signed in|opt[- ]?in|einverstanden|datenschutz|j'accepte|acepto)\b|同意/,
    attr: /\b(agree|consent|terms|tos|privacy|gdpr|newsletter|subscribe|remember|opt ?in|marketing|accept)\b/,
    shapes: ['checkbox', 'radio'],
  },
  {
    target: 'leave:search',
    weight: 0.9,
    label: /^(search|suche|rechercher|buscar|搜索)\b|\bsearch (for|the|our|site|jobs)\b/,
    attr: /^(q|query|search|s|keyword search|site search|search (input|box|field|term|query))$/,
  },
  {
    target: 'leave:username',
    weight: 0.96,
    label:
      /\b(user ?name|user ?id|login( id| name)?|log in id|sign[- ]?in (name|id)|account (name|id)|member (name|id)|screen ?name|handle|nick ?name|benutzername|nom d'?utilisateur|identifiant|usuario|nombre de usuario|e ?-?mail( address)? or (mobile|phone|cell)( phone)?( (no|number))?|(mobile|phone)( number)? or e ?-?mail)\b|用户名|用戶名|账号|帳號|ユーザー名|아이디/,
    attr: /\b(user ?name|userid|user id|login|log in|uname|account name|screen name|nickname|nick|sign in name)\b|username|userid/,
    not: /\b(github|linkedin|twitter|openreview|scholar|orcid|dblp)\b/,
  },
  {
    target: 'leave:essay',
    weight: 0.8,
    label:
      /\b(why (do|are|would|did|should)|describe|tell us|explain|what (makes|motivates|interests|excites)|motivation|cover letter text|additional (information|comments)|anything else|comments?|message|questions? for us|notes?|statement of purpose|personal statement|summary of (your )?(qualifications|experience))\b/,
    attr: /\b(comments?|message|cover letter text|notes?|additional info|motivation|essay)\b/,
    shapes: TEXT_ONLY,
    not: /\b(bio|biograph\w*|research interests?|keywords|publications?|conflicts?)\b/,
  },

  // ---- identity ---------------------------------------------------------------------------------------------
  {
    target: 'name.native',
    weight: 0.93,
    label:
      /\b(native (script|language) name|name in (native|local|original|chinese|your native) (script|language|characters)?|name in (chinese|native characters)|chinese name|name \(chinese\)|local name)\b|中文名|中文姓名/,
    attr: /\b(native name|name native|chinese name|local name|name zh|name cn)\b/,
  },
  {
    target: 'name.preferred',
    weight: 0.93,
    label:
      /\b(preferred (first )?name|nickname you go by|name you go by|goes by|known as|rufname|nom d'usage|nombre preferido)\b/,
    attr: /\b(preferred name|preferred first name|nickname|known as)\b/,
  },
  {
    target: 'name.pronouns',
    weight: 0.93,
    label: /\b(pronouns?|pronoms?|pronombres?)\b/,
    attr: /\bpronouns?\b/,
  },
  {
    target: 'name.honorific',
    weight: 0.9,
    label:
      /^(title|salutation|prefix|honorific|anrede|civilite|tratamiento|titel|academic title|name prefix)$|\b(salutation|honorific|name prefix|anrede|civilite)\b/,
    attr: /\b(salutation|honorific|prefix|anrede|name prefix|civility|title prefix)\b/,
    not: /\b(job|position|paper|thesis|project|talk|course|work|role)\b/,
    // "Title: Mr / Ms / Dr / Prof" is as often a radio group as a dropdown.
    shapes: ['text', 'select', 'radio'],
  },
  {
    target: 'name.middle',
    weight: 0.93,
    label:
      /\b(middle (name|initials?)|m\.? ?i\.?|second (given|first) name|zweiter vorname|segundo nombre|deuxieme prenom|other given names?)\b/,
    attr: /\b(middle ?name|mname|middle initial|middle|additional name|mi)\b/,
  },
  {
    target: 'name.given',
    weight: 0.92,
    label:
      /\b(first ?name|given ?name|fore ?name|first|given names?|christian name|vorname|prenoms?|nombres?|nome|primer nombre)\b|^名$|^名字\b|^名 |名（|名\(|名 ?\*|^이름$/,
    attr: /\b(first ?name|firstname|fname|first|given ?name|givenname|forename|vorname|prenom|nombre|f name|name first)\b/,
    not: /\b(last|family|sur|middle|user|company|business|organi[sz]ation|nick|display|full|legal full)\b|nombre (de usuario|completo|de la empresa)|nome (completo|e cognome|de usuario)|\bnombre y apellidos?\b|\bfirst (time|line|choice|language)\b/,
    attrNot: /username|userid|login|company|card|payment|search/,
  },
  {
    target: 'name.family',
    weight: 0.92,
    label:
      /\b(last ?name|surname|family ?name|lastname|nachname|familienname|nom de famille|apellidos?|sobrenome|cognome|last)\b|^nom$|^nom \*?$|^姓$|^姓氏|^姓 |姓（|姓\(|^성$/,
    attr: /\b(last ?name|lastname|lname|last|surname|family ?name|familyname|nachname|apellidos?|nom|l name|name last)\b/,
    not: /\b(first|given|user|company|business|nick|middle|full|display)\b|nombre y apellidos?/,
    attrNot: /username|userid|login|company|card|payment|search/,
  },
  {
    target: 'name.full',
    weight: 0.85,
    label:
      /\b(full ?name|your name|name|legal name|complete name|name and surname|first and last name|nombre completo|nombre y apellidos?|nom complet|nom et prenom|vollstandiger name|vor- und nachname|name, vorname|applicant name|contact name|author name)\b|^姓名|姓名|全名|名前|氏名|^名字$/,
    attr: /\b(full ?name|fullname|your name|name|legal name|realname|real name|contact name|applicant name|display name)\b/,
    not: /\b(first|given|last|family|sur ?name|middle|user|company|business|organi[sz]ation|school|institution|university|employer|college|department|file|domain|host|account|screen|nick|card|bank|street|city|country|state|venue|project|product|pet|team|event|job|position|degree|course|field|paper|title|reference|display|server|site|brand|group|list|shop|store|preferred|native|chinese|lab|laboratory|name of (your|the|this))\b|nombre de usuario/,
    attrNot: /username|user name|userid|login|company|business|card|payment|nick|search/,
  },

  // ---- contact ----------------------------------------------------------------------------------------------
  {
    target: 'email.confirm',
    weight: 0.95,
    not: /\b(code|token)\b/,
    label: new RegExp(
      `(${CONFIRM.source}).*(e-?mail|courriel|correo|邮箱|郵件|メール)|(e-?mail|courriel|correo|邮箱|メール).*(${CONFIRM.source})`,
    ),
    attr: /\b(confirm ?e ?mail|email ?confirm\w*|e ?mail ?2|re ?email|retype ?email|verify ?email|email ?again|email repeat|repeat email|confirm email address|email address confirm\w*)\b/,
  },
  {
    target: 'email',
    weight: 0.9,
    label:
      /\b(e-? ?mail|email|courriel|correo( electronico)?|e-?mail-?adresse|adresse (e-?mail|electronique)|direccion de correo|mail address|mail)\b|邮箱|郵箱|电子邮件|電子郵件|邮件|メール|이메일/,
    attr: /\b(e ?mail|email|mail|email address|emailaddress|uemail|courriel|correo)\b/,
    not: /\b(email (me|notifications?|updates?|preferences?|format)|send me|subscribe|newsletter|domain|username or|user name or|or user ?name|login|would you like|receive|invalid|code|token)\b/,
  },
  {
    target: 'phone.extension',
    weight: 0.93,
    label: /\b(ext|extension|durchwahl|poste|extension telefonica)\b\.?/,
    attr: /\b(ext|extension|phone ext|tel ext|phone extension)\b/,
    not: /\b(file ext|browser extension)\b/,
  },
  {
    target: 'phone.countryCode',
    weight: 0.93,
    label:
      /\b((phone|telephone|mobile|tel)\.? (country|area) code|country (calling|dial(ing)?) code|calling code|dial(ling)? code|international (code|prefix)|country code \(phone\)|landervorwahl|indicatif( pays)?|codigo de pais|prefijo)\b|国家代码|区号/,
    attr: /\b(country (calling|dial|phone) code|calling code|dial code|phone country( code)?|phone code|tel country|country code phone|phone prefix|dialing code|phonecode)\b/,
  },
  {
    target: 'phone',
    weight: 0.9,
    label:
      /\b(phone|telephone|tel|mobile|cell|cellphone|handy|telefon|telefonnummer|mobilnummer|telephone|portable|numero de telephone|telefono|movil|celular|contact number|phone number|mobile number)\b|电话|電話|手机|手機|联系方式|携帯|전화/,
    attr: /\b(phone|telephone|tel|mobile|cell|cellphone|phone number|phonenumber|msisdn|telefon|telefono)\b/,
    not: /\b(fax|email or|or email|user ?name|reference|referee|emergency|phone (type|device|call))\b/,
  },
  {
    target: 'address.line2',
    weight: 0.93,
    label:
      /\b(address (line )?(2|two|ii)|street address 2|address 2|apt|apartment|suite|unit|flat|building|floor|room|c\/o|care of|adresszusatz|complement d'?adresse|complemento|piso|departamento)\b|地址2/,
    attr: /\b(address ?(line)? ?2|address2|addr2|line2|line 2|street ?2|apt|suite|apartment|unit|address line two|address two|building)\b/,
    not: /\b(e-?mail|web|ip|line (1|one)|1)\b/,
  },
  {
    target: 'address.line1',
    weight: 0.88,
    label:
      /\b(street|address|address line ?(1|one|i)|street address|adresse|anschrift|strasse|stra(ss|ß)e|hausnummer|str\.|direccion|calle|domicilio|mailing address|postal address|residential address|home address|address 1)\b|地址|住所|街道|주소/,
    attr: /\b(street|address|address ?(line)? ?1|address1|addr1|addr|line1|line 1|street address|streetaddress|strasse|direccion)\b/,
    not: /\b(e-?mail|email|web|ip|url|mac|billing address same|same as|line ?(2|two|3|three)|address ?(2|3)|saved|city|state|zip|postal|country|domain|wallet|institution|institutional)\b/,
  },
  {
    target: 'address.city',
    weight: 0.9,
    label:
      /\b(city|town|suburb|locality|city ?\/ ?town|stadt|ort|wohnort|ville|ciudad|localidad|municipio|poblacion|citta)\b|城市|市/,
    attr: /\b(city|town|suburb|locality|address city|address level ?2|stadt|ort|ville|ciudad)\b/,
    not: /\b(ethnicity|electricity|capacity|city of birth|birth|state ?\/ ?city)\b/,
  },
  {
    target: 'address.region',
    weight: 0.88,
    label:
      /\b(state|province|region|county|prefecture|territory|state ?\/ ?province|bundesland|kanton|provinz|departement|provincia|estado|comunidad)\b|省|州/,
    attr: /\b(state|province|region|county|prefecture|address level ?1|bundesland|provincia|estado)\b/,
    not: /\b(statement|united states|state of (birth|residence in)|status|estate|states?men|country ?\/ ?region|marital|city ?\/ ?state|id|accessid|account|login|user|university|college)\b/,
  },
  {
    target: 'address.postalCode',
    weight: 0.92,
    label:
      /\b(zip|zip ?code|postal ?code|post ?code|postcode|postleitzahl|plz|code postal|codigo postal|cp|cep|pin ?code)\b|邮编|邮政编码|郵便番号|우편번호/,
    attr: /\b(zip|zipcode|zip code|postal ?code|postalcode|post ?code|postcode|plz|cp|postal)\b/,
  },
  {
    target: 'address.country',
    weight: 0.9,
    label:
      /\b(country|country ?\/ ?region|country or region|nation|land|staat|pays|pais|country of residence|country code)\b|国家|國家|国籍地区|国\/地域/,
    attr: /\b(country|country code|countrycode|country name|nation|land|pays|pais)\b/,
    not: /\b(citizenship|nationality|country of (birth|origin|citizenship)|phone|calling|dial)\b|国籍/,
    attrNot: /phone ?country|dial|calling|search/,
  },
  {
    target: 'address.location',
    weight: 0.8,
    label:
      /\b(location|current location|where are you (based|located)|city,? (state|country)|standort|ubicacion|localisation)\b/,
    attr: /\b(location|current location|candidate location)\b/,
    not: /\b(work location|office location|preferred location|desired location|relocat\w*|remote|job location|location preference)\b/,
    sections: ['other'],
  },

  // ---- academic identity ------------------------------------------------------------------------------------
  { target: 'orcid.id', weight: 0.95, label: /\borcid\b/, attr: /\borcid\b/ },
  {
    target: 'scholar.url',
    weight: 0.95,
    label: /\b(google scholar|scholar profile|gscholar|scholar url)\b/,
    attr: /\b(google ?scholar|gscholar|scholar)\b/,
  },
  { target: 'dblp.url', weight: 0.95, label: /\bdblp\b/, attr: /\bdblp\b/ },
  { target: 'semanticScholar.url', weight: 0.95, label: /\bsemantic ?scholar\b/, attr: /\bsemantic ?scholar\b/ },
  { target: 'openReview.id', weight: 0.95, label: /\bopen ?review\b/, attr: /\bopen ?review\b/ },
  { target: 'github.url', weight: 0.94, label: /\bgit ?hub\b/, attr: /\bgit ?hub\b/ },
  { target: 'linkedin.url', weight: 0.94, label: /\blinked ?in\b/, attr: /\blinked ?in\b/ },
  {
    target: 'homepage',
    weight: 0.88,
    label:
      /\b(home ?page|personal (web ?site|web ?page|page|url|site)|your (web ?site|website)|web ?site|web ?page|url|portfolio|site web|pagina web|webseite|sitio web)\b|主页|個人網站|个人网站/,
    attr: /\b(homepage|home page|website|web site|url|webpage|personal url|portfolio|home url)\b/,
    not: /\b(company|employer|organi[sz]ation'?s?|institution'?s?|university'?s?|lab'?s?|group'?s?|project|admire|favou?rite|another|other|twitter|facebook|instagram|job posting|linked ?in|git ?hub|scholar|orcid|dblp|open ?review|shop|store|blog|image|photo|video|avatar|logo|feed|callback|redirect|return)\b|ショップ/,
  },

  // ---- current position -------------------------------------------------------------------------------------
  {
    target: 'position.institutionDomain',
    weight: 0.93,
    label: /\b(institution(al)? (email )?domain|organi[sz]ation domain|institution domain|affiliation domain)\b/,
    attr: /\b(institution domain|affiliation domain|org domain)\b/,
    not: /\bconflict/,
  },
  {
    target: 'position.department',
    weight: 0.9,
    label:
      /\b(department|dept|faculty|school ?\/ ?department|abteilung|fachbereich|institut|departement|departamento|facultad)\b|院系|系|学院|部门/,
    attr: /\b(department|dept|faculty|abteilung)\b/,
    not: /\b(department of (education|labor|energy|defense)|faculty member|faculty position)\b/,
    sections: ['other'],
  },
  {
    target: 'position.institution',
    weight: 0.9,
    label:
      /\b(affiliation|institution|organi[sz]ation|organi[sz]ation name|employer|current (company|employer|institution|affiliation|organi[sz]ation)|university|current university|home institution|hochschule|universitat|einrichtung|arbeitgeber|etablissement|universite|institucion|empresa|organismo|firma)\b|单位|機構|机构|所属|工作单位|大学/,
    attr: /\b(affiliation|institution|organi[sz]ation|org|employer|current company|university|uni)\b/,
    not: /\b(domain|previous|former|past|degree|highest|graduat\w*|attended|website|size|type|country|city|address|email|phone|department|name of (your )?(referee|reference))\b/,
    sections: ['other'],
  },
  {
    target: 'position.title',
    weight: 0.88,
    label:
      /\b(job title|current (job )?title|current position|position( title)?|academic (rank|title|position)|your role|current role|designation|berufsbezeichnung|position actuelle|cargo|puesto)\b|职称|職稱|职位|职务/,
    attr: /\b(job title|jobtitle|current position|academic rank|designation)\b/,
    not: /\b(paper|thesis|talk|project|course|submission|book|article|honorific|salutation|applying for|apply|desired|position (you are )?applying|job (id|number|ref)|requisition|preferred|location|previous|former|past|start|started|end|since|year|when)\b/,
    sections: ['other'],
  },
  {
    target: 'position.startYear',
    weight: 0.93,
    label:
      /\b((in|current) (position|role) since|since (year|when)|start(ed)? year (of|in) (current )?(position|role|appointment)|year (you )?(joined|started))\b/,
    sections: ['other'],
  },

  // ---- highest degree (single facts) ------------------------------------------------------------------------
  {
    target: 'degree.year',
    weight: 0.92,
    label:
      /\b((year|date) (of |the |your )*(highest )?(degree|phd|ph d|doctorate|graduation)|(phd|ph d|doctorate|degree) (was |were )?(year|date|completion|completed|awarded|received|conferred)|graduation (year|date)|year (degree|phd) (was )?(awarded|received|obtained|conferred)|year of (highest )?degree|when did you (receive|obtain|get) your)\b/,
    attr: /\b(degree year|phd year|graduation year|grad year|year of degree)\b/,
  },
  {
    target: 'degree.institution',
    weight: 0.92,
    label:
      /\b((degree|phd|ph d|doctorate|doctoral)[- ](granting )?(institution|university|school)|(institution|university|school) (of|granting|awarding) (your )?(highest )?(degree|phd|ph d|doctorate)|where did you (receive|obtain|get) your)\b|毕业院校|毕业学校|毕业于/,
    attr: /\b(degree institution|phd institution|degree university|phd university)\b/,
  },
  {
    target: 'degree.field',
    weight: 0.9,
    label:
      /\b((field|area|subject|discipline) of (highest )?(degree|phd|ph d|doctorate|study)|(phd|ph d|degree) (field|discipline|subject|area)|major|discipline|field of study)\b|专业/,
    attr: /\b(degree field|phd field|major|discipline|field of study|field study)\b/,
    sections: ['other'],
  },
  {
    target: 'degree.level',
    weight: 0.88,
    label:
      /\b(highest (degree|level of education|qualification|academic degree|educational (level|attainment))|degree|level of education|education level|academic degree|abschluss|diplome|titulo|grado)\b|学位|最高学历|学历/,
    attr: /\b(highest degree|degree|education level|degree level|highest education)\b/,
    not: /\b(year|date|institution|university|school|field|discipline|major|subject|granted|degree of (confidence|certainty|expertise)|when|from|where)\b|\b(awarded|received|obtained) (by|from|at|in)\b/,
    sections: ['other'],
    // "Highest degree obtained: Bachelor's / Master's / Doctorate" comes as radios as often as as a dropdown.
    shapes: ['text', 'select', 'radio'],
  },

  // ---- education rows ---------------------------------------------------------------------------------------
  {
    target: 'education.institution',
    maxWords: 5,
    weight: 0.9,
    label:
      /\b(school|school name|university|institution|college|university name|name of (institution|school|university)|hochschule|universitat|etablissement|universidad|institucion)\b|学校|院校/,
    attr: /\b(school|school name|university|institution|college|school name id)\b/,
    not: /\b(high school diploma|department|degree|field|discipline|major|city|country|location|year|date|from|to|start|end)\b/,
    sections: ['education'],
  },
  {
    target: 'education.degree',
    maxWords: 5,
    weight: 0.9,
    label: /\b(degree|degree type|qualification|diploma|abschluss|diplome|titulo|grado)\b|学位/,
    attr: /\b(degree|degree id|qualification)\b/,
    not: /\b(field|discipline|major|subject|year|date|institution|school|university)\b/,
    sections: ['education'],
  },
  {
    target: 'education.field',
    maxWords: 5,
    weight: 0.9,
    label:
      /\b(discipline|major|field of study|field|subject|area of study|specialization|concentration|studienfach|fachrichtung|domaine|especialidad|carrera)\b|专业/,
    attr: /\b(discipline|discipline id|major|field of study|field study|subject|specialization)\b/,
    sections: ['education'],
  },
  {
    target: 'education.start',
    maxWords: 5,
    weight: 0.88,
    label: START_LABEL,
    attr: START_ATTR,
    not: /\b(end|to|until|graduat\w*)\b/,
    sections: ['education'],
  },
  {
    target: 'education.end',
    maxWords: 5,
    weight: 0.88,
    label:
      /\b(end|to|until|graduat\w*|completion|completed|end (date|year|month)|(year|date) (awarded|conferred|obtained)|awarded|ende|fin|hasta)\b|结束|毕业/,
    attr: /\b(end|to|until|graduation|end date|end year|end month)\b/,
    not: /\b(start|from|begin)\b/,
    sections: ['education'],
  },

  // ---- work rows --------------------------------------------------------------------------------------------
  {
    target: 'work.current',
    weight: 0.93,
    label:
      /\b(i (currently )?work here|current(ly)? (work|employed|working|position|job|role|employer)|present|still (work|employed)|aktuell|actuel|actual)\b|至今|目前在职/,
    attr: /\b(current|currently work here|is current|present|current job)\b/,
    shapes: ['checkbox'],
    sections: ['work'],
  },
  {
    target: 'work.title',
    maxWords: 5,
    weight: 0.9,
    label:
      /\b(title|job title|position|role|position title|designation|berufsbezeichnung|poste|cargo|puesto)\b|职位|职务/,
    attr: /\b(title|job title|jobtitle|position|role)\b/,
    not: /\b(company|employer|organi[sz]ation|location|start|end|from|to|date)\b/,
    sections: ['work'],
  },
  {
    target: 'work.organisation',
    maxWords: 5,
    weight: 0.9,
    label:
      /\b(company|employer|organi[sz]ation|company name|institution|firm|arbeitgeber|firma|entreprise|empresa|employeur)\b|公司|单位/,
    attr: /\b(company|company name|employer|organi[sz]ation|institution|firm)\b/,
    not: /\b(location|city|title|position|start|end|date|website)\b/,
    sections: ['work'],
  },
  {
    target: 'work.location',
    maxWords: 5,
    weight: 0.88,
    label: /\b(location|city|ort|lieu|ubicacion)\b|地点/,
    attr: /\b(location|city)\b/,
    sections: ['work'],
  },
  {
    target: 'work.start',
    maxWords: 5,
    weight: 0.88,
    label: START_LABEL,
    attr: START_ATTR,
    not: /\b(end|to|until)\b/,
    sections: ['work'],
  },
  {
    target: 'work.end',
    maxWords: 5,
    weight: 0.88,
    label: /\b(end|to|until|end (date|year|month)|ende|fin|hasta)\b|结束/,
    attr: /\b(end|to|until|end date|end year|end month)\b/,
    not: /\b(start|from|begin)\b/,
    sections: ['work'],
  },

  // ---- research ---------------------------------------------------------------------------------------------
  {
    target: 'research.interests',
    weight: 0.92,
    label:
      /\b(research (interests?|areas?|topics?|fields?|expertise)|areas? of (expertise|interest|research|specialization)|expertise|keywords?|key words|fields? of (expertise|research)|forschungs(interessen|gebiete|schwerpunkte)|interets de recherche|domaines de recherche|intereses de investigacion|areas de investigacion)\b|研究方向|研究兴趣|研究领域|关键词|关键字/,
    attr: /\b(research interests?|interests|keywords?|expertise|research areas?)\b/,
    not: /\b(subject areas?|primary area|conflict|statement)\b/,
  },
  {
    target: 'research.subjectAreas',
    weight: 0.93,
    label:
      /\b(subject areas?|primary (subject )?area|secondary (subject )?areas?|topic areas?|tracks?|research area \(select)\b/,
    attr: /\b(subject areas?|primary area|secondary area|topics?|subject area)\b/,
  },
  {
    target: 'bio.short',
    weight: 0.9,
    label:
      /\b(short (bio|biography)|brief (bio|biography)|bio sketch|biosketch|one[- ]paragraph bio|short description of yourself|kurzbiografie|courte biographie)\b/,
    attr: /\b(short bio|bio short|brief bio)\b/,
  },
  {
    target: 'bio.long',
    weight: 0.88,
    label:
      /\b(bio|biography|biographical (sketch|statement|note)|about (you|yourself|me)|lebenslauf text|biographie|biografia)\b|个人简介|简介/,
    attr: /\b(bio|biography|about me|about)\b/,
    not: /\b(short|brief)\b/,
    shapes: TEXT_ONLY,
  },
  {
    target: 'publications.selected',
    weight: 0.93,
    label:
      /\b(selected publications?|representative (publications?|papers?)|(top|best|key|most (relevant|significant|important)) (\w+ )?(publications?|papers?)|(up to )?(\d|three|five) (publications?|papers?))\b|代表作|代表性论文/,
    attr: /\b(selected publications?|representative publications?|top publications?)\b/,
  },
  {
    target: 'publications.list',
    weight: 0.9,
    label:
      /\b(publications?|list of publications|publication list|papers|publikationen|veroffentlichungen|publicaciones)\b|论文|发表/,
    attr: /\b(publications?|publication list|papers)\b/,
    not: /\b(file|upload|attach|pdf|title of (the )?(publication|paper)|paper title|submission|how many)\b/,
    shapes: TEXT_ONLY,
  },
  {
    target: 'conflicts.domains',
    weight: 0.94,
    label:
      /\b((domain|institution(al)?) conflicts?|conflict(s|ing)? (of interest )?domains?|conflict domains?|domains? (of|for) conflicts?)\b/,
    attr: /\b(domain conflicts?|conflict domains?|conflicting domains?)\b/,
  },
  {
    target: 'conflicts.people',
    weight: 0.93,
    label:
      /\b(conflicts? of interest|conflicts?|collaborators|individual conflicts?|conflicted (people|persons|authors)|people with (a )?conflict|coi)\b/,
    attr: /\b(conflicts?|collaborators|coi|individual conflicts?)\b/,
    not: /\b(domains?|i (have|declare) no)\b/,
    shapes: TEXT_ONLY,
  },

  // ---- documents (file inputs) ------------------------------------------------------------------------------
  {
    target: 'document.cv',
    weight: 0.93,
    label: /\b(cv|c\.v|curriculum vitae|resume|lebenslauf|curriculum|hoja de vida)\b|简历|履歴書/,
    attr: /\b(cv|resume|curriculum vitae|lebenslauf)\b/,
    not: /\b(cover|statement|transcript|publication)\b/,
    shapes: ['file'],
  },
  {
    target: 'document.coverLetter',
    weight: 0.93,
    label:
      /\b(cover letter|letter of (application|motivation|interest)|motivation letter|anschreiben|lettre de motivation|carta de presentacion)\b|求职信/,
    attr: /\b(cover letter|coverletter|motivation letter)\b/,
    shapes: ['file'],
  },
  {
    target: 'document.researchStatement',
    weight: 0.93,
    label: /\b(research (statement|plan|proposal|summary)|statement of research)\b/,
    attr: /\b(research statement|research plan)\b/,
    shapes: ['file'],
  },
  {
    target: 'document.teachingStatement',
    weight: 0.93,
    label: /\b(teaching (statement|philosophy|portfolio)|statement of teaching)\b/,
    attr: /\b(teaching statement|teaching philosophy)\b/,
    shapes: ['file'],
  },
  {
    target: 'document.diversityStatement',
    weight: 0.93,
    label:
      /\b((diversity|dei|inclusion|equity|edi)( and inclusion)? statement|statement (of|on) (contributions to )?(diversity|dei)|contributions to diversity)\b/,
    attr: /\b(diversity statement|dei statement)\b/,
    shapes: ['file'],
  },
  {
    target: 'document.publicationList',
    weight: 0.92,
    label: /\b(publication list|list of publications|publications?)\b/,
    attr: /\b(publication list|publications)\b/,
    not: /\b(selected|sample|representative|writing sample|reprint)\b/,
    shapes: ['file'],
  },
  {
    target: 'document.transcript',
    weight: 0.93,
    label: /\b(transcripts?|academic record|grade report|zeugnis|releve de notes|expediente)\b|成绩单/,
    attr: /\b(transcripts?)\b/,
    shapes: ['file'],
  },
];

/** Kinds that belong to a repeated row (education i, work i). */
export const ROW_GROUPS = { education: /^education\./, work: /^work\./ } as const;

export const SECTION_PATTERNS: Record<Exclude<Section, 'other'>, RegExp> = {
  education:
    /\b(education(al)?( background| history)?|educations|academic (background|history|qualifications|degrees)|qualifications|degrees|schools? attended|ausbildung|studium|bildungsweg|formation|etudes|estudios|formacion|educacion)\b|教育|学历|學歷/,
  work: /\b(work (experience|history)|employment( history)?|experience|professional (experience|history|background)|job history|career( history)?|positions? held|previous (employers?|positions?)|work experiences?|berufserfahrung|werdegang|experience professionnelle|experiencia( laboral| profesional)?)\b|工作经历|工作經歷|工作经验/,
};

export { OTHER_PERSON, OTHER_PERSON_SECTION, CONFIRM, TEXTY };

/**
 * More languages for identity and contact labels (Russian, Japanese, Portuguese, Italian, Dutch), kept apart so
 * the main table stays readable. Cyrillic and CJK alternatives carry no `\b`: JavaScript word boundaries only
 * know ASCII letters.
 */
const EXTRA_LABELS: Partial<Record<Target, RegExp>> = {
  'leave:password': /пароль|\b(senha|wachtwoord|parola d'?accesso)\b/,
  'leave:username': /логин|имя пользователя|ユーザー名|ユーザーid|\b(gebruikersnaam|nome utente|nome de usuario)\b/,
  'name.given': /^имя(\s|$)|^お名前（名）|^名（|\b(voornaam|primeiro nome)\b/,
  'name.middle': /отчество|\b(tussenvoegsel)\b/,
  'name.family': /фамилия|苗字|\b(achternaam|sobrenome|apelido)\b/,
  'name.full': /фио|ф\.и\.о|полное имя|氏名|お名前|\b(nome completo|volledige naam|nome e cognome)\b/,
  email: /электронн\S* почт|эл\.? почт|почта|\b(e-?mailadres|endereco de e-?mail|indirizzo e-?mail)\b/,
  phone: /телефон|電話番号|携帯電話|\b(telefone|celular|cellulare|telefoonnummer|mobiel nummer)\b/,
  'address.line1': /^адрес|улица|\b(endereco|logradouro|indirizzo|straat|straatnaam)\b/,
  'address.city': /город|населенный пункт|市区町村|\b(cidade|woonplaats|plaats|comune)\b/,
  'address.region': /област|регион|край|都道府県|\b(provincie|regione)\b/,
  'address.postalCode': /индекс|\b(cap|codice postale)\b/,
  'address.country': /^страна|\b(paese|nazione|pais)\b/,
};
for (const rule of TEXT_RULES) {
  const extra = EXTRA_LABELS[rule.target];
  if (extra && rule.label) rule.label = new RegExp(`${rule.label.source}|${extra.source}`);
}
