import { Center, Loader } from '@mantine/core';
import { Redirect, Route, Switch } from 'wouter';
import { TodayPage } from '../features/today/TodayPage';
import { Layout } from './Layout';
import { lazyNamed, usePreloadAll } from './lazyNamed';

const loading = (
  <Center h={200}>
    <Loader aria-label="Opening the page" />
  </Center>
);

// Today, where the app opens, comes with the app; every other page loads when first visited or,
// in the background, soon after the app opens.
const EmployersPage = lazyNamed(() => import('../features/employers/EmployersPage'), 'EmployersPage', loading);
const EmployerPage = lazyNamed(() => import('../features/employers/EmployerPage'), 'EmployerPage', loading);
const NewEmployerPage = lazyNamed(() => import('../features/employers/EmployerFormPage'), 'NewEmployerPage', loading);
const EmployerEditPage = lazyNamed(() => import('../features/employers/EmployerFormPage'), 'EmployerEditPage', loading);
const ImportPage = lazyNamed(() => import('../features/imports/ImportPage'), 'ImportPage', loading);
const PeoplePage = lazyNamed(() => import('../features/people/PeoplePage'), 'PeoplePage', loading);
const PersonPage = lazyNamed(() => import('../features/people/PersonPage'), 'PersonPage', loading);
const ProgrammesPage = lazyNamed(() => import('../features/programmes/ProgrammesPage'), 'ProgrammesPage', loading);
const SettingsPage = lazyNamed(() => import('../features/settings/SettingsPage'), 'SettingsPage', loading);
const TrashPage = lazyNamed(() => import('../features/trash/TrashPage'), 'TrashPage', loading);
const ReportsPage = lazyNamed(() => import('../features/reports/ReportsPage'), 'ReportsPage', loading);
const CaseStudiesPage = lazyNamed(() => import('../features/caseStudies/CaseStudiesPage'), 'CaseStudiesPage', loading);
const CaseStudyEditor = lazyNamed(() => import('../features/caseStudies/CaseStudyEditor'), 'CaseStudyEditor', loading);
const PossibleDuplicatesPage = lazyNamed(
  () => import('../features/duplicates/PossibleDuplicatesPage'),
  'PossibleDuplicatesPage',
  loading,
);
const HelpPage = lazyNamed(() => import('../features/help/HelpPage'), 'HelpPage', loading);

export function Routes() {
  usePreloadAll();
  return (
    <Layout>
      <Switch>
        <Route path="/employers" component={EmployersPage} />
        <Route path="/employers/new" component={NewEmployerPage} />
        <Route path="/employers/duplicates">{() => <PossibleDuplicatesPage kind="employer" />}</Route>
        <Route path="/employers/:id/edit">{({ id }) => <EmployerEditPage id={id} />}</Route>
        <Route path="/employers/:id">{({ id }) => <EmployerPage id={id} />}</Route>
        <Route path="/import" component={ImportPage} />
        <Route path="/trash" component={TrashPage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="/today" component={TodayPage} />
        <Route path="/people" component={PeoplePage} />
        <Route path="/programmes" component={ProgrammesPage} />
        <Route path="/people/duplicates">{() => <PossibleDuplicatesPage kind="person" />}</Route>
        <Route path="/people/:id">{({ id }) => <PersonPage id={id} />}</Route>
        <Route path="/reports" component={ReportsPage} />
        <Route path="/case-studies" component={CaseStudiesPage} />
        <Route path="/case-studies/:id">{({ id }) => <CaseStudyEditor id={id} />}</Route>
        <Route path="/help" component={HelpPage} />
        <Route>
          <Redirect to="/today" replace />
        </Route>
      </Switch>
    </Layout>
  );
}
