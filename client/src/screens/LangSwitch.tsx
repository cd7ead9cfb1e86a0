/** Vietnamese / English, as two toggle buttons (the pressed one is the current language). */
import { testIds } from '@ioc/shared';
import { LANGS, setLang, t, useLang } from '../i18n/index.js';

export function LangSwitch() {
  const lang = useLang();
  return (
    <div className="desk-lang" role="group" aria-label={t.desk.language.label} data-export-skip="">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="desk-button desk-lang-option"
          aria-pressed={l === lang}
          data-testid={testIds.desk.lang(l)}
          onClick={() => setLang(l)}
        >
          {t.desk.language[l]}
        </button>
      ))}
    </div>
  );
}
