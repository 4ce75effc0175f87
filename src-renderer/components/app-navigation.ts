import { createContext, useContext } from 'react';

/** The few places a notice deep in a screen can send the user to; the app shell provides them. */
export interface AppNavigation {
  /** Settings → Counsel profile. */
  readonly openCounselProfile: () => void;
}

export const AppNavigationContext = createContext<AppNavigation | null>(null);

/** The app's navigation, or null outside the app shell (a notice then offers no way there). */
export function useAppNavigation(): AppNavigation | null {
  return useContext(AppNavigationContext);
}
