import { AUTHENTICATION_GUIDE } from './authentication';
import { changelogGuide } from './changelog';
import { DELIVERY_SEMANTICS_GUIDE } from './delivery-semantics';
import { errorCatalogueGuide } from './error-catalogue';
import { eventCatalogueGuide } from './event-catalogue';
import { limitsGuide } from './limits';
import { OVERVIEW_GUIDE } from './overview';
import { VERSIONING_GUIDE } from './versioning';

/**
 * The integrator's guide, carried in the public document's `info.description`. Documentation
 * renderers (Redoc) turn each top-level heading into a navigation section, so the guide and the
 * reference are one page generated from one source.
 */
export function apiGuideMarkdown(): string {
  const sections: [string, string][] = [
    ['Overview', OVERVIEW_GUIDE],
    ['Authentication', AUTHENTICATION_GUIDE],
    ['Event catalogue', eventCatalogueGuide()],
    ['Delivery semantics', DELIVERY_SEMANTICS_GUIDE],
    ['Errors', errorCatalogueGuide()],
    ['Limits', limitsGuide()],
    ['Versioning and changelog', `${VERSIONING_GUIDE}\n${changelogGuide()}`],
  ];
  return sections.map(([title, body]) => `# ${title}\n\n${body.trimEnd()}\n`).join('\n');
}
