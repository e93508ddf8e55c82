/** Français : textes de l'interface du formulaire de candidature (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Candidater',
  loading: 'Chargement du formulaire de candidature…',
  loadFailed: 'Le formulaire de candidature n’a pas pu être chargé. Veuillez réessayer plus tard.',
  notFound: 'Cette offre est introuvable.',

  opensOn: (date: string) => `Les candidatures ouvrent le ${date}.`,
  prepareNow: 'Vous pouvez déjà préparer votre candidature : elle est conservée sur cet appareil jusqu’à l’ouverture des candidatures.',
  deadline: (date: string) => `Date limite : ${date}.`,
  closed: 'Les candidatures sont closes.',
  past: 'Cette offre est terminée.',
  cancelled: 'Cette offre a été annulée.',
  applyOnSite: 'Candidater sur le site de l’organisateur',
  applyByEmail: (address: string) => `Candidater par e-mail à ${address}`,
  opensNewWindow: '(s’ouvre dans un nouvel onglet)',

  optional: '(facultatif)',
  choose: 'Choisissez…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('fr', n, { one: `${n} caractère restant`, other: `${n} caractères restants` })
      : plural('fr', -n, { one: `${-n} caractère en trop`, other: `${-n} caractères en trop` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Formats acceptés : ${types}. ${size} au maximum.` : types ? `Formats acceptés : ${types}.` : size ? `${size} au maximum.` : '',
  levels: {
    A1: 'A1 – Débutant',
    A2: 'A2 – Élémentaire',
    B1: 'B1 – Intermédiaire',
    B2: 'B2 – Intermédiaire avancé',
    C1: 'C1 – Avancé',
    C2: 'C2 – Maîtrise',
  },

  errors: {
    required: 'Remplissez ce champ.',
    requiredChoice: 'Choisissez une option.',
    requiredCheckbox: 'Cochez cette case pour continuer.',
    requiredFile: 'Choisissez un fichier.',
    tooShort: (min: number) => plural('fr', min, { one: `Saisissez au moins ${min} caractère.`, other: `Saisissez au moins ${min} caractères.` }),
    tooLong: (max: number) => plural('fr', max, { one: `Saisissez au plus ${max} caractère.`, other: `Saisissez au plus ${max} caractères.` }),
    tooSmall: (min: string) => `Saisissez un nombre supérieur ou égal à ${min}.`,
    tooBig: (max: string) => `Saisissez un nombre inférieur ou égal à ${max}.`,
    notNumber: 'Saisissez un nombre, par exemple 12.',
    pattern: 'Respectez le format demandé.',
    email: 'Saisissez une adresse e-mail, par exemple nom@example.eu.',
    url: 'Saisissez une adresse web commençant par https://.',
    tel: 'Saisissez un numéro de téléphone, par exemple +33 1 23 45 67 89.',
    date: 'Saisissez une date valide.',
    choice: 'Choisissez l’une des options proposées.',
    fileType: (types: string) => `Ce type de fichier n’est pas accepté. Choisissez un fichier de type : ${types}.`,
    fileTooBig: (size: string) => `Ce fichier est trop volumineux. Choisissez un fichier de ${size} au maximum.`,
  },
  errorPrefix: 'Erreur : ',
  summaryTitle: (n: number) => (n === 1 ? 'Il y a un problème' : plural('fr', n, { one: `Il y a ${n} problème`, other: `Il y a ${n} problèmes` })),
  summaryIntro: 'Corrigez les points suivants, puis envoyez à nouveau :',

  privacyTitle: 'Utilisation de vos données',
  controller: 'Qui reçoit vos données',
  purpose: 'Finalité',
  legalBasis: 'Base juridique',
  retention: 'Durée de conservation',
  privacyContact: 'Questions sur vos données',
  privacyPolicy: 'Politique de confidentialité',
  privacyRights: 'Vous pouvez demander l’accès à vos données, leur rectification ou leur effacement, et introduire une réclamation auprès d’une autorité de protection des données.',
  consentsTitle: 'Vos choix',
  consentsNote: 'Ces choix sont facultatifs : vous pouvez candidater sans les cocher.',

  draftNote: 'Ce que vous saisissez est enregistré au fur et à mesure sur cet appareil, pour que vous puissiez y revenir. Les fichiers ne sont pas enregistrés : joignez-les à nouveau à votre retour.',
  draftRestored: (date: string) => `Nous avons restauré les réponses enregistrées sur cet appareil le ${date}.`,
  draftRestoredFiles: 'Joignez à nouveau vos fichiers : ils ne sont pas conservés dans le brouillon.',
  discardDraft: 'Supprimer le brouillon',
  draftDiscarded: 'Le brouillon a été supprimé et le formulaire vidé.',

  submit: 'Envoyer la candidature',
  sending: 'Envoi de votre candidature…',
  retrying: (seconds: number) =>
    plural('fr', seconds, {
      one: `Nouvel essai dans ${seconds} seconde…`,
      other: `Nouvel essai dans ${seconds} secondes…`,
    }),
  keptNote: 'Rien de ce que vous avez saisi n’a été perdu.',
  timeout: 'Le serveur a mis trop de temps à répondre. Votre candidature n’est peut-être pas arrivée.',
  offline: 'Votre candidature n’a pas pu être envoyée : il semble qu’il n’y ait pas de connexion internet.',
  serverError: 'Le serveur ne peut pas recevoir votre candidature pour le moment.',
  rateLimited: 'Trop de candidatures sont envoyées en ce moment.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('fr', m, { one: `Vous pourrez réessayer dans ${m} minute.`, other: `Vous pourrez réessayer dans ${m} minutes.` });
    }
    return plural('fr', seconds, { one: `Vous pourrez réessayer dans ${seconds} seconde.`, other: `Vous pourrez réessayer dans ${seconds} secondes.` });
  },
  retry: 'Réessayer',
  retrySafe: 'Réessayer n’enverra pas votre candidature deux fois.',
  fieldsRejected: 'L’organisateur n’a pas accepté certaines réponses. Corrigez-les et envoyez à nouveau.',
  fatal: 'Votre candidature n’a pas pu être envoyée.',
  fatalHelp: 'Veuillez candidater autrement :',
  tooFast: 'Votre candidature a été retenue une fois, car elle a été envoyée très vite (protection contre le spam automatique). Cliquez à nouveau sur « Envoyer la candidature » pour l’envoyer.',
  notOpen: 'Les candidatures ne peuvent pas être envoyées pour le moment.',

  successTitle: 'Candidature envoyée',
  successNext: (organiser: string) =>
    `${organiser} a bien reçu votre candidature et vous contactera pour la suite. Surveillez votre boîte de réception, y compris les courriers indésirables.`,
  successNextGeneric: 'L’organisateur a bien reçu votre candidature et vous contactera pour la suite.',
  reference: (ref: string) => `Votre référence : ${ref}`,
  serverSays: 'Message de l’organisateur :',

  honeypot: 'Laissez ce champ vide',
} satisfies ApplyMessages;
