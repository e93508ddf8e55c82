/** Español: textos de la interfaz del formulario de solicitud (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Solicitar',
  loading: 'Cargando el formulario de solicitud…',
  loadFailed: 'No se ha podido cargar el formulario de solicitud. Inténtelo de nuevo más tarde.',
  notFound: 'No se ha encontrado esta oferta.',

  opensOn: (date: string) => `El plazo de solicitud se abre el ${date}.`,
  prepareNow: 'Ya puede preparar su solicitud: se guarda en este dispositivo hasta que se abra el plazo.',
  deadline: (date: string) => `Plazo de solicitud: hasta el ${date}.`,
  closed: 'El plazo de solicitud ha finalizado.',
  past: 'Esta oferta ya ha terminado.',
  cancelled: 'Esta oferta ha sido cancelada.',
  applyOnSite: 'Solicitar en el sitio web del organizador',
  applyByEmail: (address: string) => `Solicitar por correo electrónico a ${address}`,
  opensNewWindow: '(se abre en una pestaña nueva)',

  optional: '(opcional)',
  choose: 'Elija…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('es', n, { one: `Queda ${n} carácter`, other: `Quedan ${n} caracteres` })
      : plural('es', -n, { one: `${-n} carácter de más`, other: `${-n} caracteres de más` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Formatos admitidos: ${types}. Hasta ${size}.` : types ? `Formatos admitidos: ${types}.` : size ? `Hasta ${size}.` : '',
  levels: {
    A1: 'A1 – Acceso',
    A2: 'A2 – Plataforma',
    B1: 'B1 – Umbral',
    B2: 'B2 – Avanzado',
    C1: 'C1 – Dominio operativo eficaz',
    C2: 'C2 – Maestría',
  },

  errors: {
    required: 'Rellene este campo.',
    requiredChoice: 'Elija una opción.',
    requiredCheckbox: 'Marque esta casilla para continuar.',
    requiredFile: 'Elija un archivo.',
    tooShort: (min: number) => plural('es', min, { one: `Escriba al menos ${min} carácter.`, other: `Escriba al menos ${min} caracteres.` }),
    tooLong: (max: number) => plural('es', max, { one: `Escriba como máximo ${max} carácter.`, other: `Escriba como máximo ${max} caracteres.` }),
    tooSmall: (min: string) => `Introduzca un número igual o superior a ${min}.`,
    tooBig: (max: string) => `Introduzca un número igual o inferior a ${max}.`,
    notNumber: 'Introduzca un número, por ejemplo 12.',
    pattern: 'Use el formato indicado.',
    email: 'Introduzca una dirección de correo electrónico, por ejemplo nombre@example.eu.',
    url: 'Introduzca una dirección web que empiece por https://.',
    tel: 'Introduzca un número de teléfono, por ejemplo +34 912 345 678.',
    date: 'Introduzca una fecha válida.',
    choice: 'Elija una de las opciones ofrecidas.',
    fileType: (types: string) => `Este tipo de archivo no se admite. Elija un archivo de tipo: ${types}.`,
    fileTooBig: (size: string) => `Este archivo es demasiado grande. Elija un archivo de hasta ${size}.`,
  },
  errorPrefix: 'Error: ',
  summaryTitle: (n: number) => plural('es', n, { one: 'Hay un problema', other: `Hay ${n} problemas` }),
  summaryIntro: 'Corrija lo siguiente y vuelva a enviar:',

  privacyTitle: 'Cómo se usan sus datos',
  controller: 'Quién recibe sus datos',
  purpose: 'Para qué',
  legalBasis: 'Base jurídica',
  retention: 'Durante cuánto tiempo se conservan',
  privacyContact: 'Preguntas sobre sus datos',
  privacyPolicy: 'Política de privacidad',
  privacyRights: 'Puede solicitar el acceso, la rectificación o la supresión de sus datos y presentar una reclamación ante una autoridad de protección de datos.',
  consentsTitle: 'Sus preferencias',
  consentsNote: 'Son opcionales: puede presentar su solicitud sin marcarlas.',

  draftNote: 'Lo que escribe se guarda en este dispositivo a medida que avanza, para que pueda retomarlo. Los archivos no se guardan: adjúntelos de nuevo cuando vuelva.',
  draftRestored: (date: string) => `Hemos recuperado las respuestas que guardó en este dispositivo el ${date}.`,
  draftRestoredFiles: 'Vuelva a adjuntar sus archivos: no se guardan en el borrador.',
  discardDraft: 'Descartar borrador',
  draftDiscarded: 'Se ha descartado el borrador y se ha vaciado el formulario.',

  submit: 'Enviar solicitud',
  sending: 'Enviando su solicitud…',
  retrying: (seconds: number) =>
    plural('es', seconds, {
      one: `Se volverá a intentar dentro de ${seconds} segundo…`,
      other: `Se volverá a intentar dentro de ${seconds} segundos…`,
    }),
  keptNote: 'No se ha perdido nada de lo que escribió.',
  timeout: 'El servidor ha tardado demasiado en responder. Es posible que su solicitud no haya llegado.',
  offline: 'No se ha podido enviar su solicitud: parece que no hay conexión a internet.',
  serverError: 'El servidor no puede recibir su solicitud en este momento.',
  rateLimited: 'En este momento se están enviando demasiadas solicitudes.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('es', m, { one: `Puede volver a intentarlo dentro de ${m} minuto.`, other: `Puede volver a intentarlo dentro de ${m} minutos.` });
    }
    return plural('es', seconds, { one: `Puede volver a intentarlo dentro de ${seconds} segundo.`, other: `Puede volver a intentarlo dentro de ${seconds} segundos.` });
  },
  retry: 'Volver a intentarlo',
  retrySafe: 'Volver a intentarlo no enviará su solicitud dos veces.',
  fieldsRejected: 'El organizador no ha aceptado algunas respuestas. Corríjalas y vuelva a enviar.',
  fatal: 'No se ha podido enviar su solicitud.',
  fatalHelp: 'Solicítelo de otra manera:',
  tooFast: 'Su solicitud se ha retenido una vez porque se envió muy deprisa (una protección contra el spam automático). Vuelva a pulsar «Enviar solicitud» para enviarla.',
  notOpen: 'En este momento no se pueden enviar solicitudes.',

  successTitle: 'Solicitud enviada',
  successNext: (organiser: string) =>
    `${organiser} ha recibido su solicitud y se pondrá en contacto con usted sobre los próximos pasos. Revise su bandeja de entrada, también la carpeta de correo no deseado.`,
  successNextGeneric: 'El organizador ha recibido su solicitud y se pondrá en contacto con usted sobre los próximos pasos.',
  reference: (ref: string) => `Su referencia: ${ref}`,
  serverSays: 'Mensaje del organizador:',

  honeypot: 'Deje este campo vacío',
} satisfies ApplyMessages;
