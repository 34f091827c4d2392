import { useTranslation } from 'react-i18next';

/** MapLibre's own control labels and tooltips, from the message catalogue. */
export function useMaplibreLocale(): Record<string, string> {
  const { t } = useTranslation();
  return {
    'AttributionControl.ToggleAttribution': t('mapControls.toggleAttribution'),
    'Map.Title': t('mapControls.mapTitle'),
    'NavigationControl.ZoomIn': t('mapControls.zoomIn'),
    'NavigationControl.ZoomOut': t('mapControls.zoomOut'),
    'NavigationControl.ResetBearing': t('mapControls.resetBearing'),
    'Popup.Close': t('mapControls.closePopup'),
    'ScaleControl.Meters': t('mapControls.meters'),
    'ScaleControl.Kilometers': t('mapControls.kilometers'),
    'CooperativeGesturesHandler.MobileHelpText': t('mapControls.twoFingers'),
  };
}
