import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { EmployerEditPage, NewEmployerPage } from '../features/employers/EmployerFormPage';
import { EmployerPage } from '../features/employers/EmployerPage';
import { EmployersPage } from '../features/employers/EmployersPage';
import { ImportPage } from '../features/imports/ImportPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/people/PersonPage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TodayPage } from '../features/today/TodayPage';
import { TrashPage } from '../features/trash/TrashPage';
import { Layout } from './Layout';
import { lazyNamed, usePreloadAll } from './lazyNamed';

// Reports, case studies and the guide (with their charts, editors and pictures) load when first
// visited or, in the background, soon after the app opens.
const ReportsPage = lazyNamed(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const CaseStudiesPage = lazyNamed(() => import('../features/caseStudies/CaseStudiesPage'), 'CaseStudiesPage');
const CaseStudyEditor = lazyNamed(() => import('../features/caseStudies/CaseStudyEditor'), 'CaseStudyEditor');
const HelpPage = lazyNamed(() => import('../features/help/HelpPage'), 'HelpPage');

const loading = (
  <Center h={200}>
    <Loader aria-label="Opening the page" />
  </Center>
);

export function Routes() {
  usePreloadAll();
  return (
    <Layout>
      <Suspense fallback={loading}>
        <Switch>
          <Route path="/employers" component={EmployersPage} />
          <Route path="/employers/new" component={NewEmployerPage} />
          <Route path="/employers/:id/edit">{({ id }) => <EmployerEditPage id={id} />}</Route>
          <Route path="/employers/:id">{({ id }) => <EmployerPage id={id} />}</Route>
          <Route path="/import" component={ImportPage} />
          <Route path="/trash" component={TrashPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route path="/today" component={TodayPage} />
          <Route path="/people" component={PeoplePage} />
          <Route path="/programmes" component={ProgrammesPage} />
          <Route path="/people/:id">{({ id }) => <PersonPage id={id} />}</Route>
          <Route path="/reports" component={ReportsPage} />
          <Route path="/case-studies" component={CaseStudiesPage} />
          <Route path="/case-studies/:id">{({ id }) => <CaseStudyEditor id={id} />}</Route>
          <Route path="/help" component={HelpPage} />
          <Route>
            <Redirect to="/today" replace />
          </Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
