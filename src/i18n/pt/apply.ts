/** Português: textos da interface do formulário de candidatura (`<opp-apply>`). */
import { plural } from '../plural.js';
import type { ApplyMessages } from '../en/apply.js';

export const apply = {
  heading: 'Candidatar-se',
  loading: 'A carregar o formulário de candidatura…',
  loadFailed: 'Não foi possível carregar o formulário de candidatura. Tente novamente mais tarde.',
  notFound: 'Esta oportunidade não foi encontrada.',

  opensOn: (date: string) => `As candidaturas abrem a ${date}.`,
  prepareNow: 'Já pode preparar a sua candidatura: fica guardada neste dispositivo até as candidaturas abrirem.',
  deadline: (date: string) => `Candidaturas até ${date}.`,
  closed: 'As candidaturas estão encerradas.',
  past: 'Esta oportunidade já terminou.',
  cancelled: 'Esta oportunidade foi cancelada.',
  applyOnSite: 'Candidatar-se no sítio web do organizador',
  applyByEmail: (address: string) => `Candidatar-se por e-mail para ${address}`,
  opensNewWindow: '(abre num novo separador)',

  optional: '(opcional)',
  choose: 'Escolha…',
  charactersLeft: (n: number) =>
    n >= 0
      ? plural('pt-PT', n, { one: `Resta ${n} carácter`, other: `Restam ${n} caracteres` })
      : plural('pt-PT', -n, { one: `${-n} carácter a mais`, other: `${-n} caracteres a mais` }),
  fileHint: (types: string, size: string) =>
    types && size ? `Formatos aceites: ${types}. Até ${size}.` : types ? `Formatos aceites: ${types}.` : size ? `Até ${size}.` : '',
  levels: {
    A1: 'A1 – Iniciação',
    A2: 'A2 – Elementar',
    B1: 'B1 – Limiar',
    B2: 'B2 – Vantagem',
    C1: 'C1 – Autonomia',
    C2: 'C2 – Mestria',
  },

  errors: {
    required: 'Preencha este campo.',
    requiredChoice: 'Escolha uma opção.',
    requiredCheckbox: 'Assinale esta caixa para continuar.',
    requiredFile: 'Escolha um ficheiro.',
    tooShort: (min: number) => plural('pt-PT', min, { one: `Use pelo menos ${min} carácter.`, other: `Use pelo menos ${min} caracteres.` }),
    tooLong: (max: number) => plural('pt-PT', max, { one: `Use no máximo ${max} carácter.`, other: `Use no máximo ${max} caracteres.` }),
    tooSmall: (min: string) => `Introduza um número igual ou superior a ${min}.`,
    tooBig: (max: string) => `Introduza um número igual ou inferior a ${max}.`,
    notNumber: 'Introduza um número, por exemplo 12.',
    pattern: 'Use o formato pedido.',
    email: 'Introduza um endereço de e-mail, por exemplo nome@example.eu.',
    url: 'Introduza um endereço web que comece por https://.',
    tel: 'Introduza um número de telefone, por exemplo +351 21 123 4567.',
    date: 'Introduza uma data válida.',
    choice: 'Escolha uma das opções apresentadas.',
    fileType: (types: string) => `Este tipo de ficheiro não é aceite. Escolha um ficheiro do tipo: ${types}.`,
    fileTooBig: (size: string) => `Este ficheiro é demasiado grande. Escolha um ficheiro até ${size}.`,
  },
  errorPrefix: 'Erro: ',
  summaryTitle: (n: number) => plural('pt-PT', n, { one: 'Há um problema', other: `Há ${n} problemas` }),
  summaryIntro: 'Corrija o seguinte e volte a enviar:',

  privacyTitle: 'Como os seus dados são utilizados',
  controller: 'Quem recebe os seus dados',
  purpose: 'Para quê',
  legalBasis: 'Fundamento jurídico',
  retention: 'Durante quanto tempo são conservados',
  privacyContact: 'Perguntas sobre os seus dados',
  privacyPolicy: 'Política de privacidade',
  privacyRights: 'Pode pedir o acesso, a retificação ou o apagamento dos seus dados e apresentar reclamação a uma autoridade de proteção de dados.',
  consentsTitle: 'As suas escolhas',
  consentsNote: 'São opcionais: pode candidatar-se sem as assinalar.',

  draftNote: 'O que escreve é guardado neste dispositivo à medida que avança, para que possa voltar mais tarde. Os ficheiros não são guardados: anexe-os de novo quando voltar.',
  draftRestored: (date: string) => `Recuperámos as respostas que guardou neste dispositivo em ${date}.`,
  draftRestoredFiles: 'Anexe de novo os seus ficheiros: não ficam guardados no rascunho.',
  discardDraft: 'Eliminar rascunho',
  draftDiscarded: 'O rascunho foi eliminado e o formulário esvaziado.',

  submit: 'Enviar candidatura',
  sending: 'A enviar a sua candidatura…',
  retrying: (seconds: number) =>
    plural('pt-PT', seconds, {
      one: `Nova tentativa dentro de ${seconds} segundo…`,
      other: `Nova tentativa dentro de ${seconds} segundos…`,
    }),
  keptNote: 'Nada do que escreveu se perdeu.',
  timeout: 'O servidor demorou demasiado a responder. A sua candidatura pode não ter chegado.',
  offline: 'Não foi possível enviar a sua candidatura: parece não haver ligação à internet.',
  serverError: 'O servidor não pode receber a sua candidatura neste momento.',
  rateLimited: 'Estão a ser enviadas demasiadas candidaturas neste momento.',
  tryAgainIn: (seconds: number) => {
    if (seconds >= 90) {
      const m = Math.ceil(seconds / 60);
      return plural('pt-PT', m, { one: `Pode tentar novamente dentro de ${m} minuto.`, other: `Pode tentar novamente dentro de ${m} minutos.` });
    }
    return plural('pt-PT', seconds, { one: `Pode tentar novamente dentro de ${seconds} segundo.`, other: `Pode tentar novamente dentro de ${seconds} segundos.` });
  },
  retry: 'Tentar novamente',
  retrySafe: 'Tentar novamente não envia a sua candidatura duas vezes.',
  fieldsRejected: 'O organizador não aceitou algumas respostas. Corrija-as e volte a enviar.',
  fatal: 'Não foi possível enviar a sua candidatura.',
  fatalHelp: 'Candidate-se de outra forma:',
  tooFast: 'A sua candidatura foi retida uma vez por ter sido enviada muito depressa (uma proteção contra spam automático). Carregue de novo em «Enviar candidatura» para a enviar.',
  notOpen: 'De momento, não é possível enviar candidaturas.',

  successTitle: 'Candidatura enviada',
  successNext: (organiser: string) =>
    `${organiser} recebeu a sua candidatura e irá contactá-lo(a) sobre os próximos passos. Verifique a sua caixa de correio, incluindo a pasta de spam.`,
  successNextGeneric: 'O organizador recebeu a sua candidatura e irá contactá-lo(a) sobre os próximos passos.',
  reference: (ref: string) => `A sua referência: ${ref}`,
  serverSays: 'Mensagem do organizador:',

  honeypot: 'Deixe este campo vazio',
} satisfies ApplyMessages;
